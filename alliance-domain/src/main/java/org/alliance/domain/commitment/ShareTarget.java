package org.alliance.domain.commitment;

/**
 * A numeric target on a share of the people at an event, e.g. "at least 50% women" or "at
 * least 20% from minoritised communities".
 *
 * @param measure what is counted (e.g. "women")
 * @param minimumPercent the least share, in percent, that keeps the commitment (0 to 100)
 */
public record ShareTarget(String measure, int minimumPercent) {

	public ShareTarget {
		if (measure == null || measure.isBlank()) {
			throw new IllegalArgumentException("a target needs the measure it counts");
		}
		if (minimumPercent < 0 || minimumPercent > 100) {
			throw new IllegalArgumentException("a share target is between 0 and 100 percent");
		}
	}

}
