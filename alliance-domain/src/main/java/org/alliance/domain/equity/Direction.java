package org.alliance.domain.equity;

/** Whether a higher or a lower value of an indicator is the better outcome. */
public enum Direction {

	/** e.g. share of people seen within 14 days of referral. */
	HIGHER_IS_BETTER,
	/** e.g. share of people readmitted within 30 days. */
	LOWER_IS_BETTER

}
