package org.alliance.domain.equity;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

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

	@Test
	void theBestOffGroupOfEachPeriodCanBeTheComparisonInsteadOfTheNamedReference() {
		group(1, "Reference");
		group(2, "Other");
		group(3, "Third");
		Indicator access = indicator(IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER);
		access.compare(Comparison.BEST_OFF, false);
		// Q1: Other is best off (60 of 100); Q2: Third (80 of 100)
		List<IndicatorValue> values = List.of(IndicatorValue.counts(7L, q(2026, 1), RACE, 1L, 50, 100),
				IndicatorValue.counts(7L, q(2026, 1), RACE, 2L, 60, 100),
				IndicatorValue.counts(7L, q(2026, 1), RACE, 3L, 30, 100),
				IndicatorValue.counts(7L, q(2026, 2), RACE, 1L, 45, 100),
				IndicatorValue.counts(7L, q(2026, 2), RACE, 2L, 60, 100),
				IndicatorValue.counts(7L, q(2026, 2), RACE, 3L, 80, 100));
		IndicatorAnalysis.Result result = IndicatorAnalysis.analyse(access, RACE, this.groups, values,
				DisparityMeasures.withDefaults());
		assertThat(result.referenceGroup()).isNull();
		List<IndicatorAnalysis.Row> first = result.periods().get(0).rows();
		assertThat(first).extracting(IndicatorAnalysis.Row::reference).containsExactly(false, true, false);
		// 50 / 60 = 0.833: inside the band; 30 / 60 = 0.5: fares worse
		assertThat(first.get(0).ratio()).isCloseTo(0.8333, within(1e-4));
		assertThat(first.get(0).flagged()).isFalse();
		assertThat(first.get(2).disadvantaged()).isTrue();
		List<IndicatorAnalysis.Row> second = result.latest().rows();
		assertThat(second).extracting(IndicatorAnalysis.Row::reference).containsExactly(false, false, true);
		// 45 / 80 = 0.5625 and 60 / 80 = 0.75: both fare worse than the best off
		assertThat(second.get(0).ratio()).isCloseTo(0.5625, within(1e-9));
		assertThat(second.get(1).difference()).isCloseTo(-20.0, within(1e-9));
		assertThat(second.get(1).disadvantaged()).isTrue();
	}

	@Test
	void aFlagThatNeedsReliabilityIsRaisedOnlyWhenTheIntervalExcludesOne() {
		group(1, "Reference");
		group(2, "Small gap, few people");
		group(3, "Large gap");
		Indicator access = indicator(IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER);
		// 11 of 22 (0.5) against 75 of 100 (0.75): ratio 0.667, outside the band, but
		// the interval 0.43 to 1.03 includes 1; 30 of 100 (ratio 0.4): 0.29 to 0.55
		// excludes it
		List<IndicatorValue> values = List.of(IndicatorValue.counts(7L, q(2026, 1), RACE, 1L, 75, 100),
				IndicatorValue.counts(7L, q(2026, 1), RACE, 2L, 11, 22),
				IndicatorValue.counts(7L, q(2026, 1), RACE, 3L, 30, 100));
		List<IndicatorAnalysis.Row> plain = IndicatorAnalysis
			.analyse(access, RACE, this.groups, values, DisparityMeasures.withDefaults())
			.latest()
			.rows();
		assertThat(plain.get(1).flagged()).isTrue();
		assertThat(plain.get(1).significant()).isFalse();
		access.compare(Comparison.NAMED_REFERENCE, true);
		List<IndicatorAnalysis.Row> reliable = IndicatorAnalysis
			.analyse(access, RACE, this.groups, values, DisparityMeasures.withDefaults())
			.latest()
			.rows();
		assertThat(reliable.get(1).flagged()).isFalse();
		assertThat(reliable.get(1).disadvantaged()).isFalse();
		assertThat(reliable.get(2).significant()).isTrue();
		assertThat(reliable.get(2).disadvantaged()).isTrue();
	}

	@Test
	void aPartnerCanBeHiddenInEveryPeriodSoOtherPeriodsDoNotGiveItAway() {
		group(1, "Few");
		group(2, "Partner");
		group(3, "Large");
		Indicator access = indicator(IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER);
		// Q1: Few has 5 with the outcome and is hidden; Partner (30 of 100) shields it.
		// Q2: nothing is small, so everything would be shown, and Partner's Q2 figures
		// would let a reader estimate its hidden Q1 ones.
		List<IndicatorValue> values = List.of(IndicatorValue.counts(7L, q(2026, 1), RACE, 1L, 5, 50),
				IndicatorValue.counts(7L, q(2026, 1), RACE, 2L, 30, 100),
				IndicatorValue.counts(7L, q(2026, 1), RACE, 3L, 60, 200),
				IndicatorValue.counts(7L, q(2026, 2), RACE, 1L, 20, 50),
				IndicatorValue.counts(7L, q(2026, 2), RACE, 2L, 30, 100),
				IndicatorValue.counts(7L, q(2026, 2), RACE, 3L, 60, 200));
		IndicatorAnalysis.Result plain = IndicatorAnalysis.analyse(access, RACE, this.groups, values,
				DisparityMeasures.withDefaults());
		assertThat(plain.periods().get(0).rows()).extracting(IndicatorAnalysis.Row::suppressed)
			.containsExactly(true, true, false);
		assertThat(plain.latest().rows()).extracting(IndicatorAnalysis.Row::suppressed)
			.containsExactly(false, false, false);
		access.hidePartnersInEveryPeriod(true);
		IndicatorAnalysis.Result steady = IndicatorAnalysis.analyse(access, RACE, this.groups, values,
				DisparityMeasures.withDefaults());
		// Partner is hidden in Q2 too, and Few with it so that Partner is not alone
		assertThat(steady.latest().rows()).extracting(IndicatorAnalysis.Row::suppressed)
			.containsExactly(true, true, false);
		assertThat(steady.latest().totalDenominator()).isEqualTo(350);
	}

	/**
	 * What a page, chart or export shows of a period (the rows' counts, rates, ratios and
	 * differences, and the totals) never lets a reader solve for a count from 1 to 10: a
	 * shown row's counts are never small, a hidden row shows nothing, and the total minus
	 * the shown rows (the hidden rows' combined counts) is never small.
	 */
	@Test
	void noSurfaceLetsAReaderSolveForACountFromOneToTen() {
		for (long id = 1; id <= 6; id++) {
			group(id, "Group " + id);
		}
		Indicator access = indicator(IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER);
		Random random = new Random(1200);
		for (int table = 0; table < 5_000; table++) {
			List<IndicatorValue> values = new ArrayList<>();
			int groups = 1 + random.nextInt(6);
			for (long id = 1; id <= groups; id++) {
				int n = random.nextInt(3) == 0 ? random.nextInt(14) : random.nextInt(150);
				values.add(IndicatorValue.counts(7L, q(2026, 1), RACE, id, (n == 0) ? 0 : random.nextInt(n + 1), n));
			}
			IndicatorAnalysis.PeriodRows period = IndicatorAnalysis
				.analyse(access, RACE, this.groups, values, DisparityMeasures.withDefaults())
				.latest();
			long shownA = 0;
			long shownN = 0;
			for (IndicatorAnalysis.Row row : period.rows()) {
				if (row.suppressed()) {
					assertThat(row.numerator()).isNull();
					assertThat(row.rate()).isNull();
					assertThat(row.ratio()).isNull();
					assertThat(row.difference()).isNull();
					continue;
				}
				assertThat(SmallCellSuppression.isSmall(row.numerator())
						|| SmallCellSuppression.isSmall(row.denominator() - row.numerator()))
					.as("table %d shows a small count: %s", table, values)
					.isFalse();
				shownA += row.numerator();
				shownN += row.denominator();
			}
			if (!period.totalSuppressed()) {
				long hiddenA = period.totalNumerator() - shownA;
				long hiddenN = period.totalDenominator() - shownN;
				assertThat(SmallCellSuppression.isSmall(hiddenA) || SmallCellSuppression.isSmall(hiddenN - hiddenA)
						|| SmallCellSuppression.isSmall(hiddenN))
					.as("table %d: the total minus the shown rows gives %d of %d", table, hiddenA, hiddenN)
					.isFalse();
			}
		}
	}

}
