package org.alliance.domain.equity;

/**
 * How an indicator's values read: a percent of people, a rate per N people (both from a
 * numerator and a denominator), or a mean of a score over a count of people.
 */
public enum IndicatorUnit {

	PERCENT, RATE_PER_N, MEAN

}
