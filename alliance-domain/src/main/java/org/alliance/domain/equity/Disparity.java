package org.alliance.domain.equity;

import org.jspecify.annotations.Nullable;

/**
 * How one group fares against the reference group in one period. Ratios and differences
 * are group minus (or over) reference, whatever the direction; {@code disadvantaged}
 * reads them in the light of the direction. Fields are {@code null} where they cannot be
 * computed or must not be shown.
 *
 * @param rate the group's rate
 * @param rateRatio group rate / reference rate
 * @param rateDifference group rate - reference rate
 * @param ratioLow lower bound of the 95% confidence interval of the ratio
 * @param ratioHigh upper bound of the 95% confidence interval of the ratio
 * @param flagged the ratio lies outside the configured band (default 0.8 to 1.25)
 * @param disadvantaged the group fares worse than the reference group, given the
 * direction
 * @param standing how the group fares against the reference group given the direction,
 * whether or not outside the band; {@code null} without a ratio
 * @param significant the ratio's interval lies wholly on one side of 1 (the difference is
 * unlikely to be chance); {@code null} without an interval
 */
public record Disparity(String group, @Nullable Double rate, @Nullable Double rateRatio,
		@Nullable Double rateDifference, @Nullable Double ratioLow, @Nullable Double ratioHigh, boolean flagged,
		boolean disadvantaged, @Nullable Standing standing, @Nullable Boolean significant) {

	/**
	 * How a group fares against the reference group, read in the indicator's direction.
	 */
	public enum Standing {

		WORSE, SAME, BETTER

	}

	/** Nothing can be said: missing, zero or suppressed counts. */
	static Disparity unknown(String group) {
		return new Disparity(group, null, null, null, null, null, false, false, null, null);
	}

}
