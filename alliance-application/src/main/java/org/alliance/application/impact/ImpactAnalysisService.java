package org.alliance.application.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.StaleEditException;
import org.alliance.application.step.StepDraft;
import org.alliance.application.step.StepService;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.DisparityMeasures;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorAnalysis;
import org.alliance.domain.equity.IndicatorValue;
import org.alliance.domain.impact.Decision;
import org.alliance.domain.impact.Impact;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.domain.impact.ImpactEffect;
import org.alliance.domain.impact.Mitigation;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.step.ActionStep;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.equity.IndicatorValueRepository;
import org.alliance.persistence.impact.ImpactAnalysisRepository;
import org.alliance.persistence.impact.ImpactEffectRepository;
import org.alliance.persistence.impact.MitigationRepository;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.application.progress.StepQueries;
import org.alliance.application.progress.StepRow;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impact analyses through their life: every change checked by the analysis itself,
 * refused on a stale form, and written to the audit trail. A mitigation is created as an
 * action step through {@link StepService}, so it is assigned, reminded and counted like
 * any other step.
 */
@Service
@Transactional
public class ImpactAnalysisService {

	private static final String ENTITY = "ImpactAnalysis";

	private final ImpactAnalysisRepository analyses;

	private final AnalysisQueries rows;

	private final ImpactEffectRepository effects;

	private final MitigationRepository mitigations;

	private final StepService steps;

	private final StepQueries stepQueries;

	private final PlanRepository plans;

	private final AimRepository aims;

	private final WorkgroupRepository workgroups;

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	private final DimensionValueRepository groups;

	private final DisparityMeasures measures;

	private final AuditLog audit;

	private final Clock clock;

	ImpactAnalysisService(ImpactAnalysisRepository analyses, AnalysisQueries rows, ImpactEffectRepository effects,
			MitigationRepository mitigations, StepService steps, StepQueries stepQueries, PlanRepository plans,
			AimRepository aims, WorkgroupRepository workgroups, IndicatorRepository indicators,
			IndicatorValueRepository values, DimensionValueRepository groups, DisparityMeasures measures,
			AuditLog audit, Clock clock) {
		this.analyses = analyses;
		this.rows = rows;
		this.effects = effects;
		this.mitigations = mitigations;
		this.steps = steps;
		this.stepQueries = stepQueries;
		this.plans = plans;
		this.aims = aims;
		this.workgroups = workgroups;
		this.indicators = indicators;
		this.values = values;
		this.groups = groups;
		this.measures = measures;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ImpactAnalysis analysis(Long id) {
		return this.analyses.findWithIndicators(id).orElseThrow(() -> new NotFoundException("Impact analysis", id));
	}

	@Transactional(readOnly = true)
	public List<AnalysisRow> rows() {
		return this.rows.rows();
	}

	/** A plan's analyses awaiting sign-off or past their review date. */
	@Transactional(readOnly = true)
	public List<AnalysisRow> needingAttention(Long planId) {
		return this.rows.needingAttention(planId, LocalDate.now(this.clock));
	}

	/** Starts an analysis owned by the person who starts it. */
	public ImpactAnalysis create(Long planId, Long workgroupId, Long ownerId, ImpactAnalysis.Details details) {
		if (planId == null || !this.plans.existsById(planId)) {
			throw new DomainRuleException("analysis.plan.invalid", "planId");
		}
		if (workgroupId == null || !this.workgroups.existsById(workgroupId)) {
			throw new DomainRuleException("analysis.workgroup.invalid", "workgroupId");
		}
		ImpactAnalysis analysis = this.analyses
			.save(new ImpactAnalysis(planId, workgroupId, ownerId, details, this.clock.instant()));
		this.audit.created(ENTITY, analysis.getId(), "Impact analysis started", analysis.snapshot());
		return analysis;
	}

	public void revise(Long id, @Nullable Long expectedVersion, ImpactAnalysis.Details details) {
		change(id, expectedVersion, "Impact analysis revised", (a) -> a.revise(details));
	}

	public void startScreening(Long id) {
		change(id, null, "Screening started", ImpactAnalysis::startScreening);
	}

	public void screen(Long id, @Nullable Long expectedVersion, ImpactAnalysis.Screening screening) {
		change(id, expectedVersion, "Screening recorded", (a) -> a.screen(screening));
	}

	/** Writes the six steps; the indicators quoted must exist. */
	public void write(Long id, @Nullable Long expectedVersion, ImpactAnalysis.Sections sections,
			Collection<Long> indicatorIds) {
		Set<Long> wanted = new LinkedHashSet<>(indicatorIds);
		if (this.indicators.findAllById(wanted).size() != wanted.size()) {
			throw new DomainRuleException("analysis.indicators.invalid", "indicatorIds");
		}
		change(id, expectedVersion, "Analysis written", (a) -> a.write(sections, wanted));
	}

	public void submit(Long id, @Nullable Long expectedVersion) {
		boolean hasImpacts = this.effects.existsByAnalysisId(id);
		change(id, expectedVersion, "Submitted for sign-off", (a) -> a.submit(hasImpacts));
	}

	public void decide(Long id, @Nullable Long expectedVersion, Long reviewerId, Decision decision,
			@Nullable String comment) {
		boolean hasMitigations = this.mitigations.existsByAnalysisId(id);
		change(id, expectedVersion, (decision == Decision.REVISE) ? "Returned for revision" : "Signed off",
				(a) -> a.decide(reviewerId, decision, comment, hasMitigations, this.clock.instant()));
	}

	public void publish(Long id) {
		change(id, null, "Public summary published", (a) -> a.publish(this.clock.instant()));
	}

	public void evaluate(Long id, @Nullable Long expectedVersion, String notes) {
		change(id, expectedVersion, "Evaluation recorded", (a) -> a.evaluate(notes, this.clock.instant()));
	}

	private void change(Long id, @Nullable Long expectedVersion, String summary, Consumer<ImpactAnalysis> action) {
		ImpactAnalysis analysis = analysis(id);
		if (expectedVersion != null && analysis.getVersion() != expectedVersion) {
			throw new StaleEditException();
		}
		Map<String, Object> before = analysis.snapshot();
		action.accept(analysis);
		this.analyses.flush();
		this.audit.updated(ENTITY, id, summary, before, analysis.snapshot());
	}

	/** Adds the expected effect on a group, while the analysis is being written. */
	public ImpactEffect addEffect(Long id, Long groupId, Impact impact, String evidence) {
		ImpactAnalysis analysis = analysis(id);
		analysis.checkAnalysing();
		if (groupId == null || !this.groups.existsById(groupId)) {
			throw new DomainRuleException("analysis.effect.group.invalid", "groupId");
		}
		ImpactEffect effect = this.effects
			.save(new ImpactEffect(id, groupId, impact, evidence, this.effects.lastPosition(id) + 1));
		this.audit.created("ImpactEffect", effect.getId(), "Impact added to analysis " + id, effect.snapshot());
		return effect;
	}

	/** Removes an impact that has no mitigation yet. */
	public void removeEffect(Long id, Long effectId) {
		ImpactAnalysis analysis = analysis(id);
		analysis.checkAnalysing();
		ImpactEffect effect = effect(id, effectId);
		if (this.mitigations.existsByEffectId(effectId)) {
			throw new DomainRuleException("analysis.effect.hasMitigations");
		}
		Map<String, Object> before = effect.snapshot();
		this.effects.delete(effect);
		this.effects.flush();
		this.audit.deleted("ImpactEffect", effectId, "Impact removed from analysis " + id, before);
	}

	/** An impact of this analysis; another analysis's impact is not found here. */
	@Transactional(readOnly = true)
	public ImpactEffect effect(Long id, Long effectId) {
		return this.effects.findById(effectId)
			.filter((e) -> e.getAnalysisId().equals(id))
			.orElseThrow(() -> new NotFoundException("Impact", effectId));
	}

	/**
	 * Answers a negative or unknown impact with a new action step of the analysis's plan,
	 * in the workgroup chosen (assigned, due and reminded as any step is).
	 */
	public ActionStep addMitigation(Long id, Long effectId, Long workgroupId, StepDraft draft) {
		ImpactAnalysis analysis = analysis(id);
		analysis.checkAnalysing();
		ImpactEffect effect = effect(id, effectId);
		if (!effect.getImpact().needsMitigation()) {
			throw new DomainRuleException("analysis.mitigation.notNeeded");
		}
		if (workgroupId == null || !this.workgroups.existsById(workgroupId)) {
			throw new DomainRuleException("analysis.workgroup.invalid", "workgroupId");
		}
		Aim aim = (draft.aimId() != null) ? this.aims.findById(draft.aimId()).orElse(null) : null;
		if (aim == null || !aim.getPlanId().equals(analysis.getPlanId())) {
			throw new DomainRuleException("step.aim.required", "aimId");
		}
		ActionStep step = this.steps.create(workgroupId, draft);
		Mitigation mitigation = this.mitigations.save(new Mitigation(id, effectId, step.getId()));
		this.audit.created("ImpactMitigation", mitigation.getId(), "Mitigation added to analysis " + id,
				Map.of("effectId", effectId, "stepId", step.getId(), "title", step.getTitle()));
		return step;
	}

	/** An impact with its group and the steps that mitigate it. */
	public record EffectView(ImpactEffect effect, DimensionValue group, List<StepRow> mitigations) {
	}

	/** A quoted indicator: each dimension's latest period, small cells suppressed. */
	public record IndicatorQuote(Indicator indicator, List<Latest> dimensions) {
	}

	public record Latest(Dimension dimension, IndicatorAnalysis.PeriodRows rows) {
	}

	/** Everything the analysis page and its PDF show. */
	public record Page(ImpactAnalysis analysis, List<EffectView> effects, List<IndicatorQuote> quotes,
			boolean hasMitigations) {

		public List<StepRow> mitigationSteps() {
			return this.effects.stream().flatMap((e) -> e.mitigations().stream()).toList();
		}

	}

	@Transactional(readOnly = true)
	public Page page(Long id) {
		ImpactAnalysis analysis = analysis(id);
		List<ImpactEffect> own = this.effects.findByAnalysisIdOrderByPositionAscIdAsc(id);
		List<Mitigation> links = this.mitigations.findByAnalysisIdOrderByIdAsc(id);
		Map<Long, StepRow> stepsById = links.isEmpty() ? Map.of()
				: this.stepQueries.rowsWithIds(links.stream().map(Mitigation::getStepId).toList())
					.stream()
					.collect(Collectors.toMap(StepRow::id, Function.identity()));
		Map<Long, DimensionValue> groupsById = this.groups.findAllInOrder()
			.stream()
			.collect(Collectors.toMap(DimensionValue::getId, Function.identity()));
		List<EffectView> views = new ArrayList<>();
		for (ImpactEffect effect : own) {
			List<StepRow> mitigating = links.stream()
				.filter((m) -> m.getEffectId().equals(effect.getId()))
				.map((m) -> stepsById.get(m.getStepId()))
				.filter((s) -> s != null)
				.toList();
			views.add(new EffectView(effect, groupsById.get(effect.getGroupId()), mitigating));
		}
		return new Page(analysis, views, quotes(analysis.getIndicatorIds(), groupsById.values()), !links.isEmpty());
	}

	private List<IndicatorQuote> quotes(Set<Long> indicatorIds, Collection<DimensionValue> allGroups) {
		List<IndicatorQuote> quotes = new ArrayList<>();
		if (indicatorIds.isEmpty()) {
			return quotes;
		}
		Map<Dimension, List<DimensionValue>> byDimension = new HashMap<>();
		allGroups.forEach((g) -> byDimension.computeIfAbsent(g.getDimension(), (d) -> new ArrayList<>()).add(g));
		for (Indicator indicator : this.indicators.findAllById(indicatorIds)) {
			List<IndicatorValue> own = this.values.findByIndicator(indicator.getId());
			List<Latest> latest = new ArrayList<>();
			for (Dimension dimension : indicator.dimensionList()) {
				IndicatorAnalysis.Result result = IndicatorAnalysis.analyse(indicator, dimension,
						byDimension.getOrDefault(dimension, List.of()), own, this.measures);
				if (result.latest() != null) {
					latest.add(new Latest(dimension, result.latest()));
				}
			}
			quotes.add(new IndicatorQuote(indicator, latest));
		}
		quotes.sort((a, b) -> a.indicator().getName().compareToIgnoreCase(b.indicator().getName()));
		return quotes;
	}

}
