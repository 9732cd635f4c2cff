package org.alliance.domain.equity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCellSuppressionTest {

	@Test
	void countsFromOneToTenAreHiddenButZeroIsShown() {
		assertThat(SmallCellSuppression.isSmall(0)).isFalse();
		assertThat(SmallCellSuppression.isSmall(1)).isTrue();
		assertThat(SmallCellSuppression.isSmall(10)).isTrue();
		assertThat(SmallCellSuppression.isSmall(11)).isFalse();
	}

	@Test
	void aSmallOutcomeCountASmallComplementOrASmallGroupIsSuppressed() {
		List<GroupCount> counts = List.of(new GroupCount("few with outcome", 5, 200),
				new GroupCount("few without outcome", 195, 200), new GroupCount("tiny group", 0, 8),
				new GroupCount("nobody with outcome", 0, 50), new GroupCount("large", 120, 300));
		assertThat(SmallCellSuppression.suppressed(counts, false)).containsExactlyInAnyOrder("few with outcome",
				"few without outcome", "tiny group");
	}

	@Test
	void withTotalsShownASecondGroupIsHiddenSoTheFirstCannotBeWorkedOut() {
		// total 167 of 700; hiding only B (7 of 90) would let a reader compute 167 - 100
		// - 40 - 20 = 7
		List<GroupCount> counts = List.of(new GroupCount("W", 100, 400), new GroupCount("B", 7, 90),
				new GroupCount("H", 40, 150), new GroupCount("A", 20, 60));
		assertThat(SmallCellSuppression.suppressed(counts, false)).containsExactly("B");
		assertThat(SmallCellSuppression.suppressed(counts, true)).containsExactlyInAnyOrder("B", "A");
	}

	@Test
	void theSecondGroupIsNeverOneWhoseCountIsZero() {
		// hiding B with Z (0 of 30) would still give B's count by subtraction: the next
		// group is taken
		List<GroupCount> counts = List.of(new GroupCount("B", 3, 40), new GroupCount("Z", 0, 30),
				new GroupCount("W", 50, 100), new GroupCount("H", 30, 200));
		assertThat(SmallCellSuppression.suppressed(counts, true)).containsExactlyInAnyOrder("B", "W");
	}

	@Test
	void whenNoGroupCanShieldTheHiddenOneEverythingIsHidden() {
		List<GroupCount> counts = List.of(new GroupCount("B", 4, 40), new GroupCount("Z", 0, 30));
		assertThat(SmallCellSuppression.suppressed(counts, true)).containsExactlyInAnyOrder("B", "Z");
	}

	@Test
	void twoHiddenGroupsWhoseCombinedCountIsSmallNeedMoreAndSmallTotalsAreHidden() {
		// B and A hide 4 + 6 = 10 with the outcome: the total minus W would show it
		List<GroupCount> counts = List.of(new GroupCount("B", 4, 40), new GroupCount("A", 6, 50),
				new GroupCount("W", 50, 100));
		assertThat(SmallCellSuppression.suppressed(counts, true)).containsExactlyInAnyOrder("B", "A", "W");
		assertThat(
				SmallCellSuppression.totalSuppressed(List.of(new GroupCount("B", 4, 40), new GroupCount("A", 3, 50))))
			.isTrue();
		assertThat(SmallCellSuppression.totalSuppressed(counts)).isFalse();
	}

	@Test
	void twoHiddenGroupsWhoseCombinedCountsAreLargeEnoughNeedNoThird() {
		// 4 + 9 = 13 with the outcome, 36 + 41 = 77 without: nothing from 1 to 10 follows
		List<GroupCount> counts = List.of(new GroupCount("B", 4, 40), new GroupCount("A", 9, 50),
				new GroupCount("W", 50, 100), new GroupCount("H", 30, 60));
		assertThat(SmallCellSuppression.suppressed(counts, true)).containsExactlyInAnyOrder("B", "A");
	}

	@Test
	void aPartnerIsAddedUntilTheHiddenComplementIsNoLongerSmall() {
		// B: 35 of 40 (5 without), A: 45 of 50 (5 without): together 10 without the
		// outcome; the next smallest group, H (30 of 60), brings the hidden counts to
		// 110 of 150 (40 without)
		List<GroupCount> counts = List.of(new GroupCount("B", 35, 40), new GroupCount("A", 45, 50),
				new GroupCount("W", 50, 100), new GroupCount("H", 30, 60));
		assertThat(SmallCellSuppression.suppressed(counts, true)).containsExactlyInAnyOrder("B", "A", "H");
		assertThat(SmallCellSuppression.suppressed(counts, false)).containsExactlyInAnyOrder("B", "A");
	}

	@Test
	void singleCountsHideMoreWhileTheHiddenSumIsSmall() {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("B", 3L);
		counts.put("A", 4L);
		counts.put("W", 50L);
		counts.put("H", 20L);
		// 3 + 4 = 7 people: H (the smallest other) is hidden as well, 27 in all
		assertThat(SmallCellSuppression.suppressedSingleCounts(counts, true)).containsExactlyInAnyOrder("B", "A", "H");
		counts.put("A", 9L);
		// 3 + 9 = 12 people: enough
		assertThat(SmallCellSuppression.suppressedSingleCounts(counts, true)).containsExactlyInAnyOrder("B", "A");
	}

	/**
	 * For many generated tables, nothing any surface shows (shown groups' counts, the
	 * total when it is shown) lets a reader work out a count from 1 to 10: the hidden
	 * groups' combined counts, the only thing that follows by subtraction, are never
	 * small, and no shown count is small.
	 */
	@Test
	void noCountFromOneToTenCanBeDerivedFromWhatIsShown() {
		Random random = new Random(15);
		for (int table = 0; table < 20_000; table++) {
			List<GroupCount> counts = new ArrayList<>();
			int groups = 1 + random.nextInt(6);
			for (int g = 0; g < groups; g++) {
				int n = random.nextInt(4) == 0 ? random.nextInt(12) : random.nextInt(120);
				int a = (n == 0) ? 0 : random.nextInt(n + 1);
				counts.add(new GroupCount("G" + g, a, n));
			}
			Set<String> hidden = SmallCellSuppression.suppressed(counts, true);
			boolean totalShown = !SmallCellSuppression.totalSuppressed(counts)
					&& !(hidden.size() == counts.size() && counts.size() == 1);
			long hiddenA = 0;
			long hiddenN = 0;
			for (GroupCount c : counts) {
				if (hidden.contains(c.group())) {
					hiddenA += c.numerator();
					hiddenN += c.denominator();
				}
				else {
					assertThat(SmallCellSuppression.isSmall(c.numerator())
							|| SmallCellSuppression.isSmall(c.denominator() - c.numerator())
							|| SmallCellSuppression.isSmall(c.denominator()))
						.as("table %d shows a small count: %s", table, counts)
						.isFalse();
				}
			}
			if (totalShown && !hidden.isEmpty()) {
				assertThat(SmallCellSuppression.isSmall(hiddenA) || SmallCellSuppression.isSmall(hiddenN - hiddenA)
						|| SmallCellSuppression.isSmall(hiddenN))
					.as("table %d lets the hidden sum be derived: %s hidden %s", table, counts, hidden)
					.isFalse();
				if (hidden.size() == 1) {
					// a lone hidden group would be given away whole by the total
					assertThat(hidden).as("table %d", table).hasSize(counts.size());
				}
			}
		}
	}

}
