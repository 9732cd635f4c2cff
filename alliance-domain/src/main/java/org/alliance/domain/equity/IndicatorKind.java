package org.alliance.domain.equity;

/**
 * A population indicator describes the condition of a whole population; the three kinds
 * of performance measure ask how much was done, how well, and whether anyone is better
 * off.
 */
public enum IndicatorKind {

	POPULATION, HOW_MUCH, HOW_WELL, BETTER_OFF

}
