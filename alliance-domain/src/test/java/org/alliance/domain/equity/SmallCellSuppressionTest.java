package org.alliance.domain.equity;

import java.util.List;

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
	void twoHiddenGroupsNeedNoThirdAndSmallTotalsAreHidden() {
		List<GroupCount> counts = List.of(new GroupCount("B", 4, 40), new GroupCount("A", 6, 50),
				new GroupCount("W", 50, 100));
		assertThat(SmallCellSuppression.suppressed(counts, true)).containsExactlyInAnyOrder("B", "A");
		assertThat(
				SmallCellSuppression.totalSuppressed(List.of(new GroupCount("B", 4, 40), new GroupCount("A", 3, 50))))
			.isTrue();
		assertThat(SmallCellSuppression.totalSuppressed(counts)).isFalse();
	}

}
