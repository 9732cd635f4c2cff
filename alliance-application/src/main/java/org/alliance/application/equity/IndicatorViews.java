package org.alliance.application.equity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorValue;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.equity.IndicatorValueRepository;

import org.springframework.stereotype.Component;

/**
 * The read side of indicators, their values and the groups of each dimension, for pages
 * and the API (ADR 18); the figures and verdicts are {@link EquityOverview}.
 */
@Component
public class IndicatorViews {

	/** An indicator as a step's page offers it, and whether it is linked to the step. */
	public record Choice(Long id, String name, boolean linked) {
	}

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	private final DimensionValueRepository groups;

	IndicatorViews(IndicatorRepository indicators, IndicatorValueRepository values, DimensionValueRepository groups) {
		this.indicators = indicators;
		this.values = values;
		this.groups = groups;
	}

	/** Every indicator by name. */
	public List<Indicator> indicatorsByName() {
		return this.indicators.findAllByName();
	}

	public boolean indicatorExists(Long id) {
		return this.indicators.existsById(id);
	}

	/** The workgroup that owns an indicator. */
	public Optional<Long> workgroupIdOf(Long indicatorId) {
		return this.indicators.findWorkgroupIdOf(indicatorId);
	}

	/** Every indicator by name and whether it is linked to the step, in one statement. */
	public List<Choice> choicesForStep(Long stepId) {
		return this.indicators.choicesForStep(stepId)
			.stream()
			.map((c) -> new Choice(c.getId(), c.getName(), c.isLinked()))
			.toList();
	}

	/** An indicator's values by period and dimension. */
	public List<IndicatorValue> valuesOf(Long indicatorId) {
		return this.values.findByIndicator(indicatorId);
	}

	/** An indicator's values of one period and dimension. */
	public List<IndicatorValue> valuesOfPeriod(Long indicatorId, LocalDate start, Dimension dimension) {
		return this.values.findOfPeriod(indicatorId, start, dimension);
	}

	/** Every group of every dimension, in order. */
	public List<DimensionValue> groups() {
		return this.groups.findAllInOrder();
	}

	/** The groups of one dimension, in order. */
	public List<DimensionValue> groupsOf(Dimension dimension) {
		return this.groups.findByDimensionOrderByPositionAscLabelAsc(dimension);
	}

	public Optional<DimensionValue> group(Long id) {
		return this.groups.findById(id);
	}

}
