package org.alliance.application.equity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorValue;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.equity.IndicatorValueRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators, their dimension values and their figures, changed with an audit entry each
 * time.
 */
@Service
@Transactional
public class IndicatorService {

	/**
	 * The most values one indicator holds by default (periods x dimensions x groups):
	 * enough for monthly figures over many years; beyond it the indicator's analysis
	 * would no longer be quick ({@code alliance.indicators.max-values}).
	 */
	public static final int MAX_VALUES = 20_000;

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	private final DimensionValueRepository groups;

	private final WorkgroupRepository workgroups;

	private final AuditLog audit;

	private final int maxValues;

	IndicatorService(IndicatorRepository indicators, IndicatorValueRepository values, DimensionValueRepository groups,
			WorkgroupRepository workgroups, AuditLog audit,
			@Value("${alliance.indicators.max-values:" + MAX_VALUES + "}") int maxValues) {
		this.maxValues = maxValues;
		this.indicators = indicators;
		this.values = values;
		this.groups = groups;
		this.workgroups = workgroups;
		this.audit = audit;
	}

	/** The most values one indicator may hold. */
	public int maxValues() {
		return this.maxValues;
	}

	@Transactional(readOnly = true)
	public Indicator indicator(Long id) {
		return this.indicators.findWhole(id).orElseThrow(() -> new NotFoundException("Indicator", id));
	}

	/**
	 * The dimension a page shows: the one asked for, or the first. A dimension the
	 * indicator is not broken down by is not found.
	 */
	public static Dimension dimension(Indicator indicator, Dimension wanted) {
		if (wanted == null) {
			return indicator.dimensionList().get(0);
		}
		if (!indicator.isBrokenDownBy(wanted)) {
			throw new NotFoundException("Indicator dimension", (long) wanted.ordinal());
		}
		return wanted;
	}

	public Indicator create(IndicatorDraft form) {
		check(form, null);
		Indicator indicator = new Indicator(form.definition(), form.referenceGroups());
		indicator.compare(form.comparison(), form.flagNeedsReliability());
		indicator.hidePartnersInEveryPeriod(form.steadyPartners());
		this.indicators.save(indicator);
		this.audit.created("Indicator", indicator.getId(), "Indicator created", indicator.snapshot());
		return indicator;
	}

	public void revise(Long id, Long expectedVersion, IndicatorDraft form) {
		Indicator indicator = indicator(id);
		if (!Objects.equals(indicator.getVersion(), expectedVersion)) {
			throw new StaleEditException();
		}
		check(form, indicator);
		if (this.values.existsByIndicatorId(id) && (indicator.getUnit() != form.definition().unit()
				|| indicator.getPeriodType() != form.definition().periodType()
				|| !Objects.equals(indicator.getPerN(), form.definition().perN()))) {
			throw new DomainRuleException("indicator.unit.locked", "unit");
		}
		Map<String, Object> before = indicator.snapshot();
		indicator.revise(form.definition(), form.referenceGroups());
		indicator.compare(form.comparison(), form.flagNeedsReliability());
		indicator.hidePartnersInEveryPeriod(form.steadyPartners());
		this.indicators.flush();
		this.audit.updated("Indicator", id, "Indicator revised", before, indicator.snapshot());
	}

	private void check(IndicatorDraft form, Indicator current) {
		String name = form.definition().name().trim();
		boolean nameChanged = current == null || !current.getName().equalsIgnoreCase(name);
		if (nameChanged && this.indicators.existsByNameIgnoreCase(name)) {
			throw new DomainRuleException("indicator.name.taken", "name");
		}
		Long workgroupId = form.definition().workgroupId();
		if (workgroupId != null && !this.workgroups.existsById(workgroupId)) {
			throw new DomainRuleException("indicator.workgroup.invalid", "workgroupId");
		}
		form.referenceGroups().forEach((dimension, groupId) -> {
			DimensionValue group = this.groups.findById(groupId).orElse(null);
			if (group == null || group.getDimension() != dimension) {
				throw new DomainRuleException("indicator.reference.invalid", "references[" + dimension.ordinal() + "]");
			}
		});
	}

	public DimensionValue addGroup(Dimension dimension, String label) {
		if (label != null && this.groups.existsByDimensionAndLabelIgnoreCase(dimension, label.trim())) {
			throw new DomainRuleException("dimensionValue.label.taken", "label");
		}
		DimensionValue group = this.groups
			.save(new DimensionValue(dimension, label, this.groups.maxPosition(dimension) + 1));
		this.audit.created("DimensionValue", group.getId(), "Group added to " + dimension, group.snapshot());
		return group;
	}

	/**
	 * Stores checked rows. For each dimension and period in the rows, what was there is
	 * replaced: importing a period again never duplicates it. Refused, with nothing
	 * changed, when the indicator would hold more than {@link #maxValues()} values.
	 * @return the periods replaced, by dimension
	 */
	public Map<Dimension, Set<String>> replaceValues(Long indicatorId, List<IndicatorImport.Line> lines, String how) {
		Indicator indicator = indicator(indicatorId);
		Map<Dimension, Set<LocalDate>> periods = new LinkedHashMap<>();
		Map<Dimension, Set<String>> codes = new LinkedHashMap<>();
		for (IndicatorImport.Line line : lines) {
			periods.computeIfAbsent(line.dimension(), (d) -> new LinkedHashSet<>()).add(line.period().start());
			codes.computeIfAbsent(line.dimension(), (d) -> new TreeSet<>()).add(line.period().code());
		}
		int replaced = 0;
		for (Map.Entry<Dimension, Set<LocalDate>> entry : periods.entrySet()) {
			replaced += this.values.deletePeriods(indicatorId, entry.getKey(), entry.getValue());
		}
		List<IndicatorValue> rows = new ArrayList<>();
		for (IndicatorImport.Line line : lines) {
			rows.add(indicator.isMean()
					? IndicatorValue.mean(indicatorId, line.period(), line.dimension(), line.groupId(), line.mean(),
							line.denominator())
					: IndicatorValue.counts(indicatorId, line.period(), line.dimension(), line.groupId(),
							line.numerator(), line.denominator()));
		}
		this.values.saveAll(rows);
		// checked after replacing, so re-importing the same periods never counts twice;
		// refusing rolls the whole import back
		if (this.values.countByIndicatorId(indicatorId) > this.maxValues) {
			throw new DomainRuleException("indicator.values.tooMany", null, this.maxValues);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("how", how);
		after.put("rows", rows.size());
		after.put("rowsReplaced", replaced);
		Map<String, Object> periodsByDimension = new LinkedHashMap<>();
		codes.forEach((d, c) -> periodsByDimension.put(d.name(), List.copyOf(c)));
		after.put("periods", periodsByDimension);
		this.audit.updated("Indicator", indicatorId, "Indicator values " + how, null, after);
		return codes;
	}

	/** Sets which indicators a step aims to move. */
	public void linkStep(Long stepId, Set<Long> indicatorIds) {
		for (Long id : indicatorIds) {
			if (!this.indicators.existsById(id)) {
				throw new DomainRuleException("indicator.link.invalid");
			}
		}
		for (Indicator indicator : this.indicators.findAllByName()) {
			boolean linked = indicator.getLinkedStepIds().contains(stepId);
			boolean wanted = indicatorIds.contains(indicator.getId());
			if (linked != wanted) {
				Map<String, Object> before = indicator.snapshot();
				if (wanted) {
					indicator.linkStep(stepId);
				}
				else {
					indicator.unlinkStep(stepId);
				}
				this.indicators.flush();
				this.audit.updated("Indicator", indicator.getId(),
						(wanted ? "Linked to" : "Unlinked from") + " action step " + stepId, before,
						indicator.snapshot());
			}
		}
	}

}
