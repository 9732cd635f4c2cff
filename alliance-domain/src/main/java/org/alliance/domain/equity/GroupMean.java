package org.alliance.domain.equity;

/** One group's mean score for one period, over a count of people. */
public record GroupMean(String group, double mean, long count) {

}
