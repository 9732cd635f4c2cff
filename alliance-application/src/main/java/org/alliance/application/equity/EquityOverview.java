package org.alliance.application.equity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.application.shared.ReadCache;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.DisparityMeasures;
import org.alliance.domain.equity.DisparityMeasures.Trend;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorAnalysis;
import org.alliance.domain.equity.IndicatorValue;
import org.alliance.domain.equity.Period;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.equity.IndicatorValueRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every indicator analysed at once, for the indicator list and the dashboard's disparity
 * panel: two statements (indicators; values with their groups), kept until the data
 * changes.
 */
@Service
@Transactional(readOnly = true)
public class EquityOverview {

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	private final DisparityMeasures measures;

	private final ReadCache cache;

	EquityOverview(IndicatorRepository indicators, IndicatorValueRepository values, DisparityMeasures measures,
			ReadCache cache) {
		this.indicators = indicators;
		this.values = values;
		this.measures = measures;
		this.cache = cache;
	}

	/** One line of the indicator list. */
	public record Summary(Indicator indicator, List<Dimension> dimensions, Period latest, long flagged, long widening) {
	}

	/** A group that fares worse than the reference group in the latest period. */
	public record Gap(Long indicatorId, String indicator, Dimension dimension, String group, String referenceGroup,
			Period period, double ratio, Double difference, Trend trend, String unitKey) {

		public boolean widening() {
			return this.trend == Trend.WIDENING;
		}

	}

	/** The whole picture. */
	public record Picture(List<Summary> summaries, List<Gap> gaps) {

		/** The largest gaps, widening ones first, at most {@code limit}. */
		public List<Gap> topGaps(int limit) {
			return this.gaps.stream().limit(limit).toList();
		}

	}

	public Picture picture() {
		return this.cache.get("equity-overview", this::build);
	}

	private Picture build() {
		// values and their groups in one statement; groups without values add nothing
		// here
		Map<Long, List<IndicatorValue>> valuesByIndicator = new LinkedHashMap<>();
		Map<Long, DimensionValue> groupsById = new LinkedHashMap<>();
		for (Object[] pair : this.values.findAllWithGroups()) {
			IndicatorValue value = (IndicatorValue) pair[0];
			DimensionValue group = (DimensionValue) pair[1];
			valuesByIndicator.computeIfAbsent(value.getIndicatorId(), (id) -> new ArrayList<>()).add(value);
			groupsById.putIfAbsent(group.getId(), group);
		}
		List<DimensionValue> allGroups = groupsById.values()
			.stream()
			.sorted(Comparator.comparing(DimensionValue::getDimension)
				.thenComparingInt(DimensionValue::getPosition)
				.thenComparing(DimensionValue::getLabel))
			.toList();
		List<Summary> summaries = new ArrayList<>();
		List<Gap> gaps = new ArrayList<>();
		for (Indicator indicator : this.indicators.findAllByName()) {
			List<IndicatorValue> values = valuesByIndicator.getOrDefault(indicator.getId(), List.of());
			Period latest = null;
			long flagged = 0;
			long widening = 0;
			for (Dimension dimension : indicator.dimensionList()) {
				IndicatorAnalysis.Result result = IndicatorAnalysis.analyse(indicator, dimension,
						allGroups.stream().filter((g) -> g.getDimension() == dimension).toList(), values,
						this.measures);
				IndicatorAnalysis.PeriodRows last = result.latest();
				if (last == null) {
					continue;
				}
				if (latest == null || last.period().compareTo(latest) > 0) {
					latest = last.period();
				}
				// the named reference group, or the best-off group of the latest period
				String comparedWith = (result.referenceGroup() != null) ? result.referenceGroup()
						: last.rows()
							.stream()
							.filter(IndicatorAnalysis.Row::reference)
							.map(IndicatorAnalysis.Row::group)
							.findFirst()
							.orElse(null);
				for (IndicatorAnalysis.Row row : last.rows()) {
					if (row.disadvantaged()) {
						flagged++;
						if (row.trend() == Trend.WIDENING) {
							widening++;
						}
						gaps.add(new Gap(indicator.getId(), indicator.getName(), dimension, row.group(), comparedWith,
								last.period(), row.ratio(), row.difference(), row.trend(),
								"indicator.unit.short." + indicator.getUnit()));
					}
				}
			}
			summaries.add(new Summary(indicator, indicator.dimensionList(), latest, flagged, widening));
		}
		gaps.sort(Comparator.comparing((Gap g) -> !g.widening())
			.thenComparing((Gap g) -> -Math.abs(Math.log(g.ratio())))
			.thenComparing(Gap::indicator)
			.thenComparing(Gap::group));
		return new Picture(List.copyOf(summaries), List.copyOf(gaps));
	}

}
