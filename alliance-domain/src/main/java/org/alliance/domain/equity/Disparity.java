package org.alliance.domain.equity;

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
 */
public record Disparity(String group, Double rate, Double rateRatio, Double rateDifference, Double ratioLow,
		Double ratioHigh, boolean flagged, boolean disadvantaged) {

	/** Nothing can be said: missing, zero or suppressed counts. */
	static Disparity unknown(String group) {
		return new Disparity(group, null, null, null, null, null, false, false);
	}

}
