package org.alliance.application.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.impact.Decision;
import org.alliance.domain.impact.Impact;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.domain.impact.ImpactEffect;
import org.alliance.domain.impact.Mitigation;
import org.alliance.domain.impact.ScreeningAnswer;
import org.alliance.domain.impact.SubjectKind;
import org.alliance.domain.person.Person;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.impact.ImpactAnalysisRepository;
import org.alliance.persistence.impact.ImpactEffectRepository;
import org.alliance.persistence.impact.MitigationRepository;

import org.springframework.stereotype.Component;

/**
 * The demo's impact analyses, taken through the analysis's own steps (screening, writing,
 * submission, decision), so they obey the same rules as real ones.
 */
@Component
class DemoAnalyses {

	private final ImpactAnalysisRepository analyses;

	private final ImpactEffectRepository effects;

	private final MitigationRepository mitigations;

	private final IndicatorRepository indicators;

	private final DimensionValueRepository groups;

	private final Clock clock;

	DemoAnalyses(ImpactAnalysisRepository analyses, ImpactEffectRepository effects, MitigationRepository mitigations,
			IndicatorRepository indicators, DimensionValueRepository groups, Clock clock) {
		this.analyses = analyses;
		this.effects = effects;
		this.mitigations = mitigations;
		this.indicators = indicators;
		this.groups = groups;
		this.clock = clock;
	}

	int load(List<DemoPlan.DemoAnalysis> demo, Plan plan, Map<String, Person> people, Map<String, Workgroup> workgroups,
			Map<String, ActionStep> steps) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> indicatorIds = this.indicators.findAllByName()
			.stream()
			.collect(Collectors.toMap(Indicator::getName, Indicator::getId));
		Map<String, DimensionValue> groupByName = this.groups.findAllInOrder()
			.stream()
			.collect(Collectors.toMap((g) -> g.getDimension() + ":" + g.getLabel(), Function.identity()));
		for (DemoPlan.DemoAnalysis d : demo) {
			ImpactAnalysis analysis = new ImpactAnalysis(plan.getId(), workgroups.get(d.workgroup()).getId(),
					people.get(d.owner()).getId(), new ImpactAnalysis.Details(d.title(), SubjectKind.valueOf(d.kind()),
							d.description(), today.plusDays(d.reviewDays())),
					now.minus(Duration.ofDays(d.startedDaysAgo())));
			analysis.startScreening();
			analysis.screen(new ImpactAnalysis.Screening(ScreeningAnswer.valueOf(d.screening().get(0)),
					ScreeningAnswer.valueOf(d.screening().get(1)), ScreeningAnswer.valueOf(d.screening().get(2)),
					d.screenOutReason()));
			if (Boolean.TRUE.equals(analysis.getFullAnalysis())) {
				analysis.write(new ImpactAnalysis.Sections(d.desiredResults(), d.dataNotes(), d.engagementGroups(),
						d.engagementMethods(), d.engagementHeard(), d.implementation(), d.accountability(),
						d.publicSummary()), d.indicators().stream().map(indicatorIds::get).toList());
			}
			this.analyses.save(analysis);
			int position = 0;
			for (DemoPlan.DemoEffect e : d.effects()) {
				DimensionValue group = groupByName.get(Dimension.valueOf(e.dimension()) + ":" + e.group());
				ImpactEffect effect = this.effects.save(new ImpactEffect(analysis.getId(), group.getId(),
						Impact.valueOf(e.impact()), e.evidence(), ++position));
				for (String key : e.mitigations()) {
					this.mitigations.save(new Mitigation(analysis.getId(), effect.getId(), steps.get(key).getId()));
				}
			}
			if (d.submitted()) {
				if (Boolean.TRUE.equals(analysis.getFullAnalysis())) {
					analysis.submit(!d.effects().isEmpty());
				}
				if (d.reviewer() != null) {
					analysis.decide(people.get(d.reviewer()).getId(), Decision.valueOf(d.decision()), d.comment(),
							d.effects().stream().anyMatch((e) -> !e.mitigations().isEmpty()),
							now.minus(Duration.ofDays(3)));
				}
			}
		}
		this.analyses.flush();
		return demo.size();
	}

}
