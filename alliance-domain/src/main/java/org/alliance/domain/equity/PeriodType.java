package org.alliance.domain.equity;

/** The length of the periods an indicator's values cover. */
public enum PeriodType {

	MONTH, QUARTER, YEAR

}
