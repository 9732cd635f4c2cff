package org.alliance.domain.equity;

/**
 * One group's raw counts for one period: how many had the outcome (numerator) out of how
 * many (denominator).
 */
public record GroupCount(String group, long numerator, long denominator) {

	public GroupCount {
		if (numerator < 0 || denominator < 0 || numerator > denominator) {
			throw new IllegalArgumentException("counts must satisfy 0 <= numerator <= denominator");
		}
	}

	/** The share with the outcome, or {@code null} when the denominator is zero. */
	public Double rate() {
		return (this.denominator == 0) ? null : (double) this.numerator / this.denominator;
	}

}
