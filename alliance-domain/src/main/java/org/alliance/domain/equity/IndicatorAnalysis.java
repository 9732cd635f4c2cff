package org.alliance.domain.equity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.alliance.domain.equity.DisparityMeasures.Trend;

/**
 * Turns an indicator's stored values for one dimension into what may be shown: per period
 * and group the counts (unless suppressed), the rate in the indicator's unit, the ratio
 * and difference against the reference group with the ratio's 95% interval, the disparity
 * flag, and the trend of each group's gap over the last periods. Pages, charts and
 * exports all read this, so small cells are hidden the same way everywhere.
 */
public final class IndicatorAnalysis {

	/** How many of the latest periods the trend compares. */
	static final int TREND_PERIODS = 4;

	private IndicatorAnalysis() {
	}

	/**
	 * One group in one period. Counts, rate and measures are {@code null} when suppressed
	 * or not computable.
	 */
	public record Row(Long groupId, String group, boolean reference, boolean suppressed, Long numerator,
			Long denominator, Double rate, Double ratio, Double difference, Double ratioLow, Double ratioHigh,
			boolean flagged, boolean disadvantaged, Boolean meetsTarget, Trend trend) {

		public boolean shown() {
			return !this.suppressed;
		}

	}

	/**
	 * One period: its rows in the dimension's order, and the totals when they may be
	 * shown.
	 */
	public record PeriodRows(Period period, List<Row> rows, boolean totalSuppressed, Long totalNumerator,
			Long totalDenominator, Double totalRate) {

		public Row rowOf(Long groupId) {
			return this.rows.stream().filter((r) -> r.groupId().equals(groupId)).findFirst().orElse(null);
		}

	}

	/** The whole analysis of one dimension. */
	public record Result(Indicator indicator, Dimension dimension, String referenceGroup, List<DimensionValue> groups,
			List<PeriodRows> periods) {

		public PeriodRows latest() {
			return this.periods.isEmpty() ? null : this.periods.get(this.periods.size() - 1);
		}

		public boolean isEmpty() {
			return this.periods.isEmpty();
		}

		/** Groups that have a value in at least one period, in the dimension's order. */
		public List<DimensionValue> groupsWithValues() {
			return this.groups.stream()
				.filter((g) -> this.periods.stream().anyMatch((p) -> p.rowOf(g.getId()) != null))
				.toList();
		}

	}

	/**
	 * @param groups the values of the dimension, in their order
	 * @param values the indicator's values for this dimension, any order
	 */
	public static Result analyse(Indicator indicator, Dimension dimension, List<DimensionValue> groups,
			List<IndicatorValue> values, DisparityMeasures measures) {
		Long referenceId = indicator.referenceGroupOf(dimension).orElse(null);
		Map<Long, DimensionValue> groupById = new LinkedHashMap<>();
		groups.forEach((g) -> groupById.put(g.getId(), g));
		String referenceKey = String.valueOf(referenceId);
		Map<Period, List<IndicatorValue>> byPeriod = new TreeMap<>();
		for (IndicatorValue value : values) {
			if (value.getDimension() == dimension && groupById.containsKey(value.getGroupValueId())) {
				byPeriod
					.computeIfAbsent(new Period(indicator.getPeriodType(), value.getPeriodStart()),
							(p) -> new ArrayList<>())
					.add(value);
			}
		}
		Comparator<IndicatorValue> inGroupOrder = Comparator
			.comparingInt((IndicatorValue v) -> groupById.get(v.getGroupValueId()).getPosition())
			.thenComparing((v) -> groupById.get(v.getGroupValueId()).getLabel());
		List<PeriodRows> periods = new ArrayList<>();
		for (Map.Entry<Period, List<IndicatorValue>> entry : byPeriod.entrySet()) {
			List<IndicatorValue> periodValues = new ArrayList<>(entry.getValue());
			periodValues.sort(inGroupOrder);
			periods.add(period(indicator, entry.getKey(), periodValues, referenceKey, groupById, measures));
		}
		periods = withTrends(periods);
		String referenceLabel = (referenceId != null && groupById.containsKey(referenceId))
				? groupById.get(referenceId).getLabel() : null;
		return new Result(indicator, dimension, referenceLabel, groups, periods);
	}

	private static PeriodRows period(Indicator indicator, Period period, List<IndicatorValue> values,
			String referenceKey, Map<Long, DimensionValue> groupById, DisparityMeasures measures) {
		double scale = indicator.scale();
		List<Disparity> disparities;
		Set<String> suppressed;
		boolean totalSuppressed;
		Long totalNumerator = null;
		long totalDenominator = values.stream().mapToLong(IndicatorValue::getDenominator).sum();
		if (indicator.isMean()) {
			Map<String, Long> counts = new LinkedHashMap<>();
			values.forEach((v) -> counts.put(key(v), v.getDenominator()));
			suppressed = SmallCellSuppression.suppressedSingleCounts(counts, true);
			totalSuppressed = SmallCellSuppression.isSmall(totalDenominator);
			disparities = measures.measureMeans(values.stream()
				.map((v) -> new GroupMean(key(v), v.getMeanValue().doubleValue(), v.getDenominator()))
				.toList(), referenceKey, indicator.getDirection(), suppressed);
		}
		else {
			List<GroupCount> counts = values.stream()
				.map((v) -> new GroupCount(key(v), v.getNumerator(), v.getDenominator()))
				.toList();
			suppressed = SmallCellSuppression.suppressed(counts, true);
			totalSuppressed = SmallCellSuppression.totalSuppressed(counts);
			totalNumerator = counts.stream().mapToLong(GroupCount::numerator).sum();
			disparities = measures.measure(counts, referenceKey, indicator.getDirection(), suppressed);
		}
		if (suppressed.size() == values.size()) {
			// nothing shown in the period: the total would give every cell away when
			// there is one group, and says nothing useful otherwise
			totalSuppressed = totalSuppressed || values.size() == 1;
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			IndicatorValue value = values.get(i);
			Disparity d = disparities.get(i);
			boolean hidden = suppressed.contains(key(value));
			boolean mean = indicator.isMean();
			Double rate = (hidden || d.rate() == null) ? null : (mean ? d.rate() : d.rate() * scale);
			Boolean meetsTarget = (rate != null) ? indicator.meetsTarget(rate) : null;
			rows.add(new Row(value.getGroupValueId(), groupById.get(value.getGroupValueId()).getLabel(),
					key(value).equals(referenceKey), hidden, hidden || mean ? null : value.getNumerator(),
					hidden ? null : value.getDenominator(), rate, hidden ? null : d.rateRatio(),
					(hidden || d.rateDifference() == null) ? null
							: (mean ? d.rateDifference() : d.rateDifference() * scale),
					hidden ? null : d.ratioLow(), hidden ? null : d.ratioHigh(), !hidden && d.flagged(),
					!hidden && d.disadvantaged(), meetsTarget, null));
		}
		Double totalRate = null;
		if (!totalSuppressed && totalDenominator > 0) {
			if (indicator.isMean()) {
				double weighted = values.stream()
					.mapToDouble((v) -> v.getMeanValue().doubleValue() * v.getDenominator())
					.sum();
				totalRate = weighted / totalDenominator;
			}
			else {
				totalRate = totalNumerator * scale / totalDenominator;
			}
		}
		return new PeriodRows(period, rows, totalSuppressed, totalSuppressed ? null : totalNumerator,
				totalSuppressed ? null : totalDenominator, totalRate);
	}

	/** Adds each group's trend over the last periods to the rows of the latest period. */
	private static List<PeriodRows> withTrends(List<PeriodRows> periods) {
		if (periods.isEmpty()) {
			return periods;
		}
		List<PeriodRows> recent = periods.subList(Math.max(0, periods.size() - TREND_PERIODS), periods.size());
		PeriodRows latest = periods.get(periods.size() - 1);
		List<Row> rows = new ArrayList<>();
		for (Row row : latest.rows()) {
			Trend trend = Trend.UNKNOWN;
			if (!row.reference() && row.ratio() != null) {
				List<Double> ratios = new ArrayList<>();
				for (PeriodRows p : recent) {
					Row earlier = p.rowOf(row.groupId());
					ratios.add((earlier != null) ? earlier.ratio() : null);
				}
				trend = DisparityMeasures.trend(ratios);
			}
			rows.add(new Row(row.groupId(), row.group(), row.reference(), row.suppressed(), row.numerator(),
					row.denominator(), row.rate(), row.ratio(), row.difference(), row.ratioLow(), row.ratioHigh(),
					row.flagged(), row.disadvantaged(), row.meetsTarget(), trend));
		}
		List<PeriodRows> result = new ArrayList<>(periods.subList(0, periods.size() - 1));
		result.add(new PeriodRows(latest.period(), rows, latest.totalSuppressed(), latest.totalNumerator(),
				latest.totalDenominator(), latest.totalRate()));
		return result;
	}

	private static String key(IndicatorValue value) {
		return String.valueOf(value.getGroupValueId());
	}

}
