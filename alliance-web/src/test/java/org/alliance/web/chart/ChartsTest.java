package org.alliance.web.chart;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.DisparityMeasures;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorAnalysis;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.IndicatorValue;
import org.alliance.domain.equity.Period;
import org.alliance.domain.equity.PeriodType;
import org.alliance.application.progress.ProgressQueries.Week;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The geometry the three charts share, from hand-worked positions. */
class ChartsTest {

	@Test
	void barsFillTheirSlotsAndStandOnTheAxisInProportionToTheirPercent() {
		BarChart chart = BarChart.of(List.of(new BarChart.Value("2026-Q1", 100), new BarChart.Value("2026-Q2", 50)));
		// plot: x from 50 to 616 (566 wide, two slots of 283), y from 20 to 170 (150
		// high)
		assertThat(chart.bars())
			.extracting(BarChart.Bar::x, BarChart.Bar::width, BarChart.Bar::y, BarChart.Bar::height,
					BarChart.Bar::centre)
			.containsExactly(tuple(106.6, 169.8, 20.0, 150.0, 191.5), tuple(389.6, 169.8, 95.0, 75.0, 474.5));
		assertThat(chart.plot().plotBottom()).isEqualTo(170);
		assertThat(chart.plot().viewBox()).isEqualTo("0 0 640 200");
	}

	@Test
	void aLineRunsFromTheLeftToTheRightEdgeAndALonePointSitsInTheMiddle() {
		LineChart line = LineChart.of(List.of(new Week(LocalDate.of(2026, 1, 5), 0),
				new Week(LocalDate.of(2026, 1, 12), 50), new Week(LocalDate.of(2026, 1, 19), 100)));
		// x from 44 to 608 (room on the right for the last date), y from 12 (100%) to 208
		// (0%)
		assertThat(line.points()).isEqualTo("44.0,208.0 326.0,110.0 608.0,12.0");
		assertThat(line.yTicks()).extracting(LineChart.Tick::label).containsExactly("0%", "25%", "50%", "75%", "100%");
		LineChart lone = LineChart.of(List.of(new Week(LocalDate.of(2026, 1, 5), 25)));
		assertThat(lone.points()).isEqualTo("326.0,159.0");
		assertThat(LineChart.of(List.of()).isEmpty()).isTrue();
	}

	@Test
	void anIndicatorLineLeavesAGapWhereAGroupsFiguresAreHidden() {
		List<DimensionValue> groups = List.of(group(1, "Reference"), group(2, "Other"));
		Indicator access = new Indicator(
				new Indicator.Definition("Test", "", IndicatorKind.BETTER_OFF, IndicatorUnit.PERCENT, null,
						Direction.HIGHER_IS_BETTER, PeriodType.QUARTER, null, null),
				Map.of(Dimension.RACE_ETHNICITY, 1L));
		set(access, "id", 7L);
		List<IndicatorValue> values = new ArrayList<>();
		long[] other = { 200, 5, 180, 120 };
		for (int i = 0; i < other.length; i++) {
			Period quarter = new Period(PeriodType.QUARTER, LocalDate.of(2026, i * 3 + 1, 1));
			values.add(IndicatorValue.counts(7L, quarter, Dimension.RACE_ETHNICITY, 1L, 300, 400));
			values.add(IndicatorValue.counts(7L, quarter, Dimension.RACE_ETHNICITY, 2L, other[i], 400));
		}
		IndicatorAnalysis.Result result = IndicatorAnalysis.analyse(access, Dimension.RACE_ETHNICITY, groups, values,
				DisparityMeasures.withDefaults());
		IndicatorChart chart = IndicatorChart.of(result);
		// the second quarter's 5 of 400 is a small cell: hidden, so the line breaks there
		IndicatorChart.Series line = chart.series().get(1);
		assertThat(line.points()).hasSize(3);
		assertThat(line.segments()).hasSize(2);
		assertThat(chart.series().get(0).reference()).isTrue();
		assertThat(chart.xTicks()).extracting(IndicatorChart.Tick::label)
			.containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
	}

	@Test
	void axisLabelsNeverCrowdEachOtherWhateverTheNumberOfPoints() {
		for (int n = 1; n <= 120; n++) {
			int every = Math.max(1, (int) Math.ceil(n / (double) IndicatorChart.MAX_LABELS));
			List<Integer> labelled = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (Plot.labelled(i, n, every)) {
					labelled.add(i);
				}
			}
			assertThat(labelled).as("%d points", n)
				.contains(n - 1)
				.hasSizeLessThanOrEqualTo(IndicatorChart.MAX_LABELS + 1);
			for (int k = 1; k < labelled.size(); k++) {
				assertThat((labelled.get(k) - labelled.get(k - 1)) * 2).as("%d points", n)
					.isGreaterThanOrEqualTo(every);
			}
		}
	}

	@Test
	void meanScoresBunchedHighGetAnAxisThatShowsTheirDifferencesAndOthersStartAtZero() {
		// scores between 3.8 and 4.3 (of 5): not squashed against the top of 0 to 5
		double[] scores = IndicatorChart.axis(3.8, 4.3, IndicatorUnit.MEAN);
		assertThat(scores[0]).isGreaterThan(2.5).isLessThanOrEqualTo(3.8);
		assertThat(scores[1]).isGreaterThanOrEqualTo(4.3).isLessThan(5.5);
		assertThat((4.3 - 3.8) / (scores[1] - scores[0])).as("share of the axis the values use").isGreaterThan(0.3);
		// rates spread from low to high keep 0 at the bottom
		double[] rates = IndicatorChart.axis(12, 64, IndicatorUnit.PERCENT);
		assertThat(rates[0]).isZero();
		assertThat(rates[1]).isGreaterThanOrEqualTo(64).isLessThanOrEqualTo(100);
		// percentages bunched near the top never pass 100
		assertThat(IndicatorChart.axis(92, 99, IndicatorUnit.PERCENT)[1]).isLessThanOrEqualTo(100)
			.isGreaterThanOrEqualTo(99);
		// no values at all: a plain axis
		assertThat(IndicatorChart.axis(Double.MAX_VALUE, 0, IndicatorUnit.PERCENT)).containsExactly(0, 100);
	}

	@Test
	void colourBlindSafeLinesHaveEnoughContrastOnWhite() {
		for (String colour : IndicatorChart.COLOURS) {
			assertThat(contrastOnWhite(colour)).as(colour).isGreaterThanOrEqualTo(3.0);
		}
		assertThat(IndicatorChart.COLOURS).doesNotHaveDuplicates();
	}

	private static double contrastOnWhite(String hex) {
		double luminance = 0;
		double[] weights = { 0.2126, 0.7152, 0.0722 };
		for (int c = 0; c < 3; c++) {
			double v = Integer.parseInt(hex.substring(1 + c * 2, 3 + c * 2), 16) / 255.0;
			v = (v <= 0.03928) ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
			luminance += weights[c] * v;
		}
		return 1.05 / (luminance + 0.05);
	}

	private static DimensionValue group(long id, String label) {
		DimensionValue value = new DimensionValue(Dimension.RACE_ETHNICITY, label, (int) id);
		set(value, "id", id);
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

}
