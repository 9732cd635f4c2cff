package org.alliance.domain.equity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PeriodAndMeansTest {

	@Test
	void periodsAreReadAndWrittenInTheirOwnForm() {
		assertThat(Period.parse(PeriodType.QUARTER, "2025-q3").start()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(Period.parse(PeriodType.QUARTER, " 2025-Q1 ").code()).isEqualTo("2025-Q1");
		assertThat(Period.parse(PeriodType.MONTH, "2024-12").code()).isEqualTo("2024-12");
		assertThat(Period.parse(PeriodType.YEAR, "2023").start()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(Period.parse(PeriodType.QUARTER, "2025-Q4").next().code()).isEqualTo("2026-Q1");
		assertThat(Period.parse(PeriodType.QUARTER, "2026-Q1").previous().code()).isEqualTo("2025-Q4");
		assertThat(Period.parse(PeriodType.MONTH, "2026-01").previous().code()).isEqualTo("2025-12");
		assertThat(Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 11, 22)).code()).isEqualTo("2026-Q4");
	}

	@Test
	void textThatIsNotAPeriodOfTheTypeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(PeriodType.QUARTER, "2025-Q5"));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(PeriodType.QUARTER, "2025-03"));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(PeriodType.MONTH, "2025-13"));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(PeriodType.YEAR, "twenty"));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(PeriodType.MONTH, null));
		// years no plan holds
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(PeriodType.QUARTER, "0000-Q1"));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(PeriodType.YEAR, "9999"));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(PeriodType.MONTH, "1899-12"));
	}

	@Test
	void meansAreComparedWithTheReferenceMeanWithoutAnInterval() {
		// satisfaction 3.2 against 4.0: ratio 0.8 exactly is inside the band; 2.8 / 4.0 =
		// 0.7 is flagged and, higher being better, a disadvantage
		List<GroupMean> means = List.of(new GroupMean("ref", 4.0, 200), new GroupMean("a", 3.2, 80),
				new GroupMean("b", 2.8, 60), new GroupMean("small", 1.0, 6));
		List<Disparity> result = DisparityMeasures.withDefaults()
			.measureMeans(means, "ref", Direction.HIGHER_IS_BETTER, Set.of("small"));
		assertThat(result.get(1).rateRatio()).isCloseTo(0.8, within(1e-9));
		assertThat(result.get(1).flagged()).isFalse();
		assertThat(result.get(2).rateRatio()).isCloseTo(0.7, within(1e-9));
		assertThat(result.get(2).rateDifference()).isCloseTo(-1.2, within(1e-9));
		assertThat(result.get(2).flagged()).isTrue();
		assertThat(result.get(2).disadvantaged()).isTrue();
		assertThat(result.get(2).ratioLow()).isNull();
		assertThat(result.get(3).rate()).isNull();
	}

	@Test
	void singleSmallCountsAreHiddenAndASecondOneWhenTheTotalWouldGiveThemAway() {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("A", 120L);
		counts.put("B", 9L);
		counts.put("C", 40L);
		counts.put("D", 0L);
		assertThat(SmallCellSuppression.suppressedSingleCounts(counts, false)).containsExactly("B");
		assertThat(SmallCellSuppression.suppressedSingleCounts(counts, true)).containsExactlyInAnyOrder("B", "C");
		Map<String, Long> onlyZeros = Map.of("A", 7L, "B", 0L);
		assertThat(SmallCellSuppression.suppressedSingleCounts(onlyZeros, true)).containsExactlyInAnyOrder("A", "B");
	}

}
