package org.alliance.domain.equity;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliance.domain.equity.DisparityMeasures.Trend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analysis behind every page, chart and export, checked against hand-worked figures.
 */
class IndicatorAnalysisTest {

	private static final Dimension RACE = Dimension.RACE_ETHNICITY;

	private final List<DimensionValue> groups = new ArrayList<>();

	private DimensionValue group(long id, String label) {
		DimensionValue value = new DimensionValue(RACE, label, (int) id);
		set(value, "id", id);
		this.groups.add(value);
		return value;
	}

	private static void set(Object target, String field, Object value) {
		try {
			Field f = target.getClass().getDeclaredField(field);
			f.setAccessible(true);
			f.set(target, value);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Indicator indicator(IndicatorUnit unit, Integer perN, Direction direction) {
		Indicator indicator = new Indicator(new Indicator.Definition("Test", "", IndicatorKind.BETTER_OFF, unit, perN,
				direction, PeriodType.QUARTER, null, null), Map.of(RACE, 1L));
		set(indicator, "id", 7L);
		return indicator;
	}

	private static Period q(int year, int quarter) {
		return new Period(PeriodType.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
	}

	@Test
	void ratesPerNAreScaledAndALowerIsBetterExcessIsADisadvantage() {
		group(1, "Reference");
		group(2, "Other");
		Indicator holds = indicator(IndicatorUnit.RATE_PER_N, 1000, Direction.LOWER_IS_BETTER);
		// 150 of 10,000 = 15.0 per 1,000; 93 of 3,100 = 30.0 per 1,000: ratio 2.0,
		// difference +15.0
		List<IndicatorValue> values = List.of(IndicatorValue.counts(7L, q(2026, 1), RACE, 1L, 150, 10_000),
				IndicatorValue.counts(7L, q(2026, 1), RACE, 2L, 93, 3_100));
		IndicatorAnalysis.Result result = IndicatorAnalysis.analyse(holds, RACE, this.groups, values,
				DisparityMeasures.withDefaults());
		IndicatorAnalysis.Row other = result.latest().rows().get(1);
		assertThat(other.rate()).isCloseTo(30.0, within(1e-9));
		assertThat(other.ratio()).isCloseTo(2.0, within(1e-9));
		assertThat(other.difference()).isCloseTo(15.0, within(1e-9));
		assertThat(other.disadvantaged()).isTrue();
		assertThat(result.latest().totalRate()).isCloseTo(243 * 1000.0 / 13_100, within(1e-9));
	}

	@Test
	void aLoneGroupWithASmallCountTakesTheTotalWithIt() {
		group(1, "Reference");
		Indicator access = indicator(IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER);
		IndicatorAnalysis.Result result = IndicatorAnalysis.analyse(access, RACE, this.groups,
				List.of(IndicatorValue.counts(7L, q(2026, 1), RACE, 1L, 5, 40)), DisparityMeasures.withDefaults());
		assertThat(result.latest().rows().get(0).suppressed()).isTrue();
		assertThat(result.latest().totalSuppressed()).isTrue();
		assertThat(result.latest().totalNumerator()).isNull();
		assertThat(result.latest().totalRate()).isNull();
	}

	@Test
	void meansAreComparedAndTheirSmallCountsHiddenWithASecondGroup() {
		group(1, "Reference");
		group(2, "Large");
		group(3, "Small");
		Indicator satisfaction = indicator(IndicatorUnit.MEAN, null, Direction.HIGHER_IS_BETTER);
		List<IndicatorValue> values = List.of(IndicatorValue.mean(7L, q(2026, 1), RACE, 1L, new BigDecimal("4.0"), 600),
				IndicatorValue.mean(7L, q(2026, 1), RACE, 2L, new BigDecimal("3.0"), 200),
				IndicatorValue.mean(7L, q(2026, 1), RACE, 3L, new BigDecimal("2.0"), 6));
		IndicatorAnalysis.Result result = IndicatorAnalysis.analyse(satisfaction, RACE, this.groups, values,
				DisparityMeasures.withDefaults());
		List<IndicatorAnalysis.Row> rows = result.latest().rows();
		// Small (6 people) is hidden; with the total shown, Large is hidden too
		assertThat(rows.get(2).suppressed()).isTrue();
		assertThat(rows.get(1).suppressed()).isTrue();
		assertThat(rows.get(1).rate()).isNull();
		assertThat(rows.get(0).rate()).isEqualTo(4.0);
		assertThat(result.latest().totalDenominator()).isEqualTo(806);
	}

	@Test
	void theTrendComparesTheLatestGapWithTheEarlierOnesAndTheChartLeavesGapsForHiddenCells() {
		group(1, "Reference");
		group(2, "Other");
		Indicator access = indicator(IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER);
		List<IndicatorValue> values = new ArrayList<>();
		long[][] other = { { 200, 400 }, { 5, 400 }, { 180, 400 }, { 120, 400 } };
		for (int i = 0; i < other.length; i++) {
			values.add(IndicatorValue.counts(7L, q(2026, i + 1), RACE, 1L, 300, 400));
			values.add(IndicatorValue.counts(7L, q(2026, i + 1), RACE, 2L, other[i][0], other[i][1]));
		}
		IndicatorAnalysis.Result result = IndicatorAnalysis.analyse(access, RACE, this.groups, values,
				DisparityMeasures.withDefaults());
		// ratios 0.667, (hidden), 0.6, then 0.4: the gap widens
		assertThat(result.latest().rows().get(1).trend()).isEqualTo(Trend.WIDENING);
		assertThat(result.periods().get(1).rows().get(1).suppressed()).isTrue();
	}

}
