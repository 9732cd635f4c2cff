package org.alliance.domain.equity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
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
			boolean flagged, boolean disadvantaged, Disparity.Standing standing, Boolean significant,
			Boolean meetsTarget, Trend trend) {

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

		/**
		 * The same analysis narrowed to its last {@code count} periods (trends and
		 * suppression as worked out over all of them), for pages that show a bounded
		 * history.
		 */
		public Result recent(int count) {
			if (this.periods.size() <= count) {
				return this;
			}
			return new Result(this.indicator, this.dimension, this.referenceGroup, this.groups,
					List.copyOf(this.periods.subList(this.periods.size() - count, this.periods.size())));
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
		byPeriod.values().forEach((periodValues) -> periodValues.sort(inGroupOrder));
		Set<String> partners = indicator.isSteadyPartners() ? steadyPartners(indicator, byPeriod.values()) : Set.of();
		List<PeriodRows> periods = new ArrayList<>();
		for (Map.Entry<Period, List<IndicatorValue>> entry : byPeriod.entrySet()) {
			periods
				.add(period(indicator, entry.getKey(), entry.getValue(), referenceKey, groupById, measures, partners));
		}
		periods = withTrends(periods);
		String referenceLabel = (indicator.getComparison() == Comparison.NAMED_REFERENCE && referenceId != null
				&& groupById.containsKey(referenceId)) ? groupById.get(referenceId).getLabel() : null;
		return new Result(indicator, dimension, referenceLabel, groups, periods);
	}

	/**
	 * Every group hidden as a partner (to shield another) in some period, found again
	 * until hiding them everywhere needs no new partner: these are then hidden in every
	 * period.
	 */
	private static Set<String> steadyPartners(Indicator indicator, Collection<List<IndicatorValue>> periods) {
		Set<String> partners = new HashSet<>();
		for (int round = 0; round <= periods.stream().mapToInt(List::size).sum(); round++) {
			Set<String> found = new HashSet<>(partners);
			for (List<IndicatorValue> values : periods) {
				Set<String> hidden = suppression(indicator, values, partners);
				values.stream()
					.filter((v) -> hidden.contains(key(v)) && !small(indicator, v))
					.forEach((v) -> found.add(key(v)));
			}
			if (found.equals(partners)) {
				break;
			}
			partners = found;
		}
		return partners;
	}

	private static boolean small(Indicator indicator, IndicatorValue v) {
		return indicator.isMean() ? SmallCellSuppression.isSmall(v.getDenominator())
				: SmallCellSuppression.isSmall(v.getNumerator())
						|| SmallCellSuppression.isSmall(v.getDenominator() - v.getNumerator())
						|| SmallCellSuppression.isSmall(v.getDenominator());
	}

	private static Set<String> suppression(Indicator indicator, List<IndicatorValue> values, Set<String> alsoHidden) {
		if (indicator.isMean()) {
			Map<String, Long> counts = new LinkedHashMap<>();
			values.forEach((v) -> counts.put(key(v), v.getDenominator()));
			return SmallCellSuppression.suppressedSingleCounts(counts, true, alsoHidden);
		}
		return SmallCellSuppression.suppressed(
				values.stream().map((v) -> new GroupCount(key(v), v.getNumerator(), v.getDenominator())).toList(), true,
				alsoHidden);
	}

	private static PeriodRows period(Indicator indicator, Period period, List<IndicatorValue> values,
			String referenceKey, Map<Long, DimensionValue> groupById, DisparityMeasures measures,
			Set<String> partners) {
		double scale = indicator.scale();
		List<Disparity> disparities;
		Set<String> suppressed;
		boolean totalSuppressed;
		Long totalNumerator = null;
		long totalDenominator = values.stream().mapToLong(IndicatorValue::getDenominator).sum();
		if (indicator.isMean()) {
			Map<String, Long> counts = new LinkedHashMap<>();
			values.forEach((v) -> counts.put(key(v), v.getDenominator()));
			suppressed = SmallCellSuppression.suppressedSingleCounts(counts, true, partners);
			totalSuppressed = SmallCellSuppression.isSmall(totalDenominator);
			List<GroupMean> means = values.stream()
				.map((v) -> new GroupMean(key(v), v.getMeanValue().doubleValue(), v.getDenominator()))
				.toList();
			if (indicator.getComparison() == Comparison.BEST_OFF) {
				referenceKey = bestOffMean(means, suppressed, indicator.getDirection());
			}
			disparities = measures.measureMeans(means, referenceKey, indicator.getDirection(), suppressed);
		}
		else {
			List<GroupCount> counts = values.stream()
				.map((v) -> new GroupCount(key(v), v.getNumerator(), v.getDenominator()))
				.toList();
			suppressed = SmallCellSuppression.suppressed(counts, true, partners);
			totalSuppressed = SmallCellSuppression.totalSuppressed(counts);
			totalNumerator = counts.stream().mapToLong(GroupCount::numerator).sum();
			if (indicator.getComparison() == Comparison.BEST_OFF) {
				referenceKey = bestOff(counts, suppressed, indicator.getDirection());
			}
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
			// a flag that needs reliability needs an interval that excludes 1
			boolean flagged = !hidden && d.flagged()
					&& (!indicator.isFlagNeedsReliability() || Boolean.TRUE.equals(d.significant()));
			rows.add(new Row(value.getGroupValueId(), groupById.get(value.getGroupValueId()).getLabel(),
					key(value).equals(referenceKey), hidden, hidden || mean ? null : value.getNumerator(),
					hidden ? null : value.getDenominator(), rate, hidden ? null : d.rateRatio(),
					(hidden || d.rateDifference() == null) ? null
							: (mean ? d.rateDifference() : d.rateDifference() * scale),
					hidden ? null : d.ratioLow(), hidden ? null : d.ratioHigh(), flagged, flagged && d.disadvantaged(),
					hidden ? null : d.standing(), hidden ? null : d.significant(), meetsTarget, null));
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

	/**
	 * The shown group that fares best, in the direction, compared exactly on the counts
	 * (a·n' against a'·n); the first in the dimension's order on a tie; {@code null} when
	 * no group is shown.
	 */
	static String bestOff(List<GroupCount> counts, Set<String> suppressed, Direction direction) {
		GroupCount best = null;
		for (GroupCount c : counts) {
			if (suppressed.contains(c.group()) || c.denominator() == 0) {
				continue;
			}
			if (best == null) {
				best = c;
				continue;
			}
			int against = Long.compare(c.numerator() * best.denominator(), best.numerator() * c.denominator());
			if ((direction == Direction.HIGHER_IS_BETTER) ? against > 0 : against < 0) {
				best = c;
			}
		}
		return (best != null) ? best.group() : null;
	}

	/** The shown group with the best mean, in the direction; the first on a tie. */
	static String bestOffMean(List<GroupMean> means, Set<String> suppressed, Direction direction) {
		GroupMean best = null;
		for (GroupMean m : means) {
			if (suppressed.contains(m.group()) || m.count() == 0) {
				continue;
			}
			if (best == null
					|| ((direction == Direction.HIGHER_IS_BETTER) ? m.mean() > best.mean() : m.mean() < best.mean())) {
				best = m;
			}
		}
		return (best != null) ? best.group() : null;
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
					row.flagged(), row.disadvantaged(), row.standing(), row.significant(), row.meetsTarget(), trend));
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
