package org.alliance.domain.equity;

import java.util.Map;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which groups' counts must not be shown so that no person can be identified:
 * counts from 1 to 10 (of people with the outcome, or without it), and, where a total is
 * shown, a second group whenever the total would let a reader work out a suppressed
 * count. Rates built on suppressed counts are not shown either (the caller leaves out
 * every figure of a suppressed group).
 */
public final class SmallCellSuppression {

	public static final int MIN_SHOWN = 11;

	private SmallCellSuppression() {
	}

	/** A count that may not be shown: between 1 and 10. Zero may be shown. */
	public static boolean isSmall(long count) {
		return count >= 1 && count < MIN_SHOWN;
	}

	/** Whether the totals over all groups must be hidden too. */
	public static boolean totalSuppressed(List<GroupCount> counts) {
		long numerator = counts.stream().mapToLong(GroupCount::numerator).sum();
		long denominator = counts.stream().mapToLong(GroupCount::denominator).sum();
		return isSmall(numerator) || isSmall(denominator - numerator) || isSmall(denominator);
	}

	/**
	 * The groups to suppress in one period.
	 * @param totalsShown whether the page also shows totals over the groups (numerator
	 * and denominator sums), which would reveal a single suppressed group by subtraction
	 */
	public static Set<String> suppressed(List<GroupCount> counts, boolean totalsShown) {
		Set<String> suppressed = new LinkedHashSet<>();
		for (GroupCount c : counts) {
			// the outcome count, the people without the outcome, and a denominator that
			// is itself small
			if (isSmall(c.numerator()) || isSmall(c.denominator() - c.numerator()) || isSmall(c.denominator())) {
				suppressed.add(c.group());
			}
		}
		if (totalsShown && suppressed.size() == 1 && counts.size() > 1) {
			// one hidden group could be worked out from the total: hide the smallest
			// other group too, one
			// with people both with and without the outcome, so that neither count of the
			// pair can be derived
			List<GroupCount> others = new ArrayList<>(counts.stream()
				.filter((c) -> !suppressed.contains(c.group()))
				.filter((c) -> c.numerator() > 0 && c.denominator() - c.numerator() > 0)
				.toList());
			others.sort(Comparator.comparingLong(GroupCount::denominator).thenComparing(GroupCount::group));
			if (others.isEmpty()) {
				counts.forEach((c) -> suppressed.add(c.group()));
			}
			else {
				suppressed.add(others.get(0).group());
			}
		}
		return suppressed;
	}

	/**
	 * The groups to suppress when each group has a single count (e.g. the people a mean
	 * is over): counts from 1 to 10, and, when the total is shown and exactly one group
	 * is hidden, the smallest other non-zero group too.
	 */
	public static Set<String> suppressedSingleCounts(Map<String, Long> counts, boolean totalsShown) {
		Set<String> suppressed = new LinkedHashSet<>();
		counts.forEach((group, count) -> {
			if (isSmall(count)) {
				suppressed.add(group);
			}
		});
		if (totalsShown && suppressed.size() == 1 && counts.size() > 1) {
			counts.entrySet()
				.stream()
				.filter((e) -> !suppressed.contains(e.getKey()) && e.getValue() > 0)
				.min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.ifPresentOrElse((e) -> suppressed.add(e.getKey()), () -> suppressed.addAll(counts.keySet()));
		}
		return suppressed;
	}

}
