package org.alliance.domain.equity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
	 * The groups to suppress in one period: every group with a count from 1 to 10 (with
	 * the outcome, without it, or in all), and, where totals are shown, more groups until
	 * what the total minus the shown groups gives away (the hidden groups' combined
	 * counts) is no longer a count from 1 to 10. Partners are the smallest groups with
	 * people both with and without the outcome (a group with a zero count would shield
	 * nothing); when none is left, every group is hidden.
	 * @param totalsShown whether the page also shows totals over the groups (numerator
	 * and denominator sums), which reveal the hidden groups' sums by subtraction
	 */
	public static Set<String> suppressed(List<GroupCount> counts, boolean totalsShown) {
		return suppressed(counts, totalsShown, Set.of());
	}

	/**
	 * The groups to suppress in one period, hiding {@code alsoHidden} as well (for
	 * instance groups hidden as partners in other periods); more partners are added when
	 * hiding them would give something away.
	 */
	public static Set<String> suppressed(List<GroupCount> counts, boolean totalsShown, Set<String> alsoHidden) {
		Set<String> suppressed = new LinkedHashSet<>();
		for (GroupCount c : counts) {
			if (isSmall(c.numerator()) || isSmall(c.denominator() - c.numerator()) || isSmall(c.denominator())
					|| alsoHidden.contains(c.group())) {
				suppressed.add(c.group());
			}
		}
		if (!totalsShown) {
			return suppressed;
		}
		List<GroupCount> partners = new ArrayList<>(
				counts.stream().filter((c) -> c.numerator() > 0 && c.denominator() - c.numerator() > 0).toList());
		partners.sort(Comparator.comparingLong(GroupCount::denominator).thenComparing(GroupCount::group));
		while (!suppressed.isEmpty() && suppressed.size() < counts.size() && revealed(counts, suppressed)) {
			GroupCount partner = partners.stream()
				.filter((c) -> !suppressed.contains(c.group()))
				.findFirst()
				.orElse(null);
			if (partner == null) {
				counts.forEach((c) -> suppressed.add(c.group()));
			}
			else {
				suppressed.add(partner.group());
			}
		}
		return suppressed;
	}

	/**
	 * Whether the hidden groups' combined counts, which the total minus the shown groups
	 * gives, would show a count from 1 to 10 (or a single group's counts).
	 */
	static boolean revealed(List<GroupCount> counts, Set<String> hidden) {
		long numerator = 0;
		long denominator = 0;
		for (GroupCount c : counts) {
			if (hidden.contains(c.group())) {
				numerator += c.numerator();
				denominator += c.denominator();
			}
		}
		return hidden.size() == 1 || isSmall(numerator) || isSmall(denominator - numerator) || isSmall(denominator);
	}

	/**
	 * The groups to suppress when each group has a single count (e.g. the people a mean
	 * is over): counts from 1 to 10, and, when the total is shown, more groups (the
	 * smallest other non-zero ones) until the hidden groups' combined count is neither a
	 * single group's nor from 1 to 10.
	 */
	public static Set<String> suppressedSingleCounts(Map<String, Long> counts, boolean totalsShown) {
		return suppressedSingleCounts(counts, totalsShown, Set.of());
	}

	/** The same, hiding {@code alsoHidden} as well and shielding it in turn. */
	public static Set<String> suppressedSingleCounts(Map<String, Long> counts, boolean totalsShown,
			Set<String> alsoHidden) {
		Set<String> suppressed = new LinkedHashSet<>();
		counts.forEach((group, count) -> {
			if (isSmall(count) || alsoHidden.contains(group)) {
				suppressed.add(group);
			}
		});
		if (!totalsShown) {
			return suppressed;
		}
		List<Map.Entry<String, Long>> partners = new ArrayList<>(
				counts.entrySet().stream().filter((e) -> e.getValue() > 0).toList());
		partners.sort(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
		while (!suppressed.isEmpty() && suppressed.size() < counts.size()) {
			long hidden = suppressed.stream().mapToLong(counts::get).sum();
			if (suppressed.size() > 1 && !isSmall(hidden)) {
				break;
			}
			Map.Entry<String, Long> partner = partners.stream()
				.filter((e) -> !suppressed.contains(e.getKey()))
				.findFirst()
				.orElse(null);
			if (partner == null) {
				suppressed.addAll(counts.keySet());
			}
			else {
				suppressed.add(partner.getKey());
			}
		}
		return suppressed;
	}

}
