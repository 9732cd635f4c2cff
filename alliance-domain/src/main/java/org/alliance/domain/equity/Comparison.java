package org.alliance.domain.equity;

/** What each group of an indicator is compared with. */
public enum Comparison {

	/** The reference group named for each dimension (for example the largest group). */
	NAMED_REFERENCE,

	/**
	 * The group that fares best in each period, in the indicator's direction (Healthy
	 * People's approach): every other group's gap is what it would take to match it.
	 */
	BEST_OFF

}
