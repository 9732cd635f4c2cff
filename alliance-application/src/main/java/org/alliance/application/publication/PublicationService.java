package org.alliance.application.publication;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.commitment.Compliance;
import org.alliance.application.shared.CacheSettings;
import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.commitment.ComplianceRecord;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.DisparityMeasures;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorAnalysis;
import org.alliance.domain.equity.IndicatorValue;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.step.StepStatus;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.equity.IndicatorValueRepository;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.progress.ProgressQueries.Scope;
import org.alliance.application.publication.PublicationStore;
import org.alliance.application.publication.PublicationStore.Choices;
import org.alliance.application.publication.PublicationStore.Publication;
import org.alliance.application.progress.StepRow;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a plan for the public. An administrator chooses what is public and presses
 * "publish": the public view is worked out then (progress rolled up, indicator figures
 * analysed and suppressed exactly as inside) and kept as it is until the next
 * publication, so a half-edited plan never goes out. Withdrawing removes it at once.
 * Callers are already authorised.
 */
@Service
@Transactional
public class PublicationService {

	/** How many of an indicator's most recent periods the public page shows. */
	static final int PERIODS = 12;

	/**
	 * The cache of parsed publications (a publication never changes: keyed by its id).
	 */
	public static final String CACHE = "publications";

	/** At most this many parsed publications are kept in memory. */
	static final int CACHED = 32;

	@Configuration(proxyBeanMethods = false)
	static class Caching {

		@Bean
		CacheSettings.Spec publicationCache() {
			return new CacheSettings.Spec(CACHE, CACHED, Duration.ofHours(1));
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PublicationStore store;

	private final PlanRepository plans;

	private final AimRepository aims;

	private final ProgressQueries progress;

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	private final DimensionValueRepository groups;

	private final DisparityMeasures measures;

	private final Compliance compliance;

	private final AuditLog audit;

	private final Clock clock;

	private final Cache parsed;

	PublicationService(PublicationStore store, PlanRepository plans, AimRepository aims, ProgressQueries progress,
			IndicatorRepository indicators, IndicatorValueRepository values, DimensionValueRepository groups,
			DisparityMeasures measures, Compliance compliance, AuditLog audit, Clock clock, CacheManager caches) {
		this.parsed = CacheSettings.cache(caches, CACHE);
		this.store = store;
		this.plans = plans;
		this.aims = aims;
		this.progress = progress;
		this.indicators = indicators;
		this.values = values;
		this.groups = groups;
		this.measures = measures;
		this.compliance = compliance;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What an administrator chooses; the notes are each public step's text for the
	 * public.
	 */
	public record Draft(String slug, Set<Long> aims, Set<Long> steps, Set<Long> indicators, Set<Long> commitments,
			Map<Long, String> notes) {
	}

	/** A publication as the public page reads it. */
	public record Published(long id, String slug, Instant publishedAt, PublicPlan plan) {
	}

	/** The longest public note of a step. */
	public static final int NOTE_MAX = 1000;

	/** The longest address. */
	public static final int SLUG_MAX = 80;

	/** What the plan makes public now (nothing chosen yet: an address from its name). */
	@Transactional(readOnly = true)
	public Draft draft(long planId) {
		Plan plan = plan(planId);
		return this.store.choices(planId)
			.map((c) -> new Draft(c.slug(), c.aims(), c.steps(), c.indicators(), c.commitments(), notes(c.notesJson())))
			.orElseGet(() -> new Draft(slugOf(plan.getName()), Set.of(), Set.of(), Set.of(), Set.of(), Map.of()));
	}

	/** Saves the choices without publishing them: the public page stays as it was. */
	public void save(long planId, Draft draft) {
		plan(planId);
		String slug = (draft.slug() == null) ? "" : draft.slug().trim().toLowerCase(Locale.ROOT);
		if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > SLUG_MAX) {
			throw new DomainRuleException("publication.slug.invalid", "slug");
		}
		if (this.store.slugTaken(slug, planId)) {
			throw new DomainRuleException("publication.slug.taken", "slug");
		}
		Map<Long, String> notes = new TreeMap<>();
		draft.notes().forEach((step, note) -> {
			if (note != null && !note.isBlank() && draft.steps().contains(step)) {
				if (note.trim().length() > NOTE_MAX) {
					throw new DomainRuleException("publication.note.tooLong", "notes");
				}
				notes.put(step, note.trim());
			}
		});
		this.store.save(planId, new Choices(slug, new TreeSet<>(draft.aims()), new TreeSet<>(draft.steps()),
				new TreeSet<>(draft.indicators()), new TreeSet<>(draft.commitments()), JSON.writeValueAsString(notes)));
	}

	/** Publishes what the plan makes public now; its address serves it at once. */
	public Published publish(long planId, @Nullable Long byPersonId) {
		Choices choices = this.store.choices(planId)
			.orElseThrow(() -> new DomainRuleException("publication.nothingChosen"));
		Instant now = this.clock.instant();
		PublicPlan model = build(plan(planId), choices, now);
		long id = this.store.publish(planId, choices.slug(), now, byPersonId, JSON.writeValueAsString(model));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("address", "/public/plans/" + choices.slug());
		after.put("aims", model.aims().size());
		after.put("steps", model.aims().stream().mapToInt((a) -> a.steps().size()).sum());
		after.put("indicators", model.indicators().size());
		after.put("commitments", model.commitments().size());
		this.audit.created("Publication", id, "Plan published", after);
		this.parsed.put(id, model);
		return new Published(id, choices.slug(), now, model);
	}

	/** Takes the plan's public page down at once; false when nothing was published. */
	public boolean withdraw(long planId) {
		plan(planId);
		Optional<Publication> current = this.store.currentOf(planId);
		if (current.isEmpty()) {
			return false;
		}
		this.store.withdraw(planId, this.clock.instant());
		this.audit.updated("Publication", current.get().id(), "Plan publication withdrawn",
				Map.of("address", "/public/plans/" + current.get().slug()), Map.of("withdrawn", true));
		return true;
	}

	/** The publication the plan shows now, if any, for the administrators' page. */
	@Transactional(readOnly = true)
	public Optional<Publication> currentOf(long planId) {
		return this.store.currentOf(planId);
	}

	/**
	 * What an address shows now: one statement, then the publication as parsed before.
	 */
	@Transactional(readOnly = true)
	public Optional<Published> current(String slug) {
		return this.store.current(slug).map(this::published);
	}

	/** The publications an address's feed lists, newest first. */
	@Transactional(readOnly = true)
	public List<Published> history(String slug) {
		return this.store.history(slug, 20).stream().map(this::published).toList();
	}

	/** Every address published now. */
	@Transactional(readOnly = true)
	public List<Published> published() {
		return this.store.published().stream().map(this::published).toList();
	}

	private Published published(Publication publication) {
		PublicPlan plan = CacheSettings.load(this.parsed, publication.id(),
				() -> JSON.readValue(publication.modelJson(), PublicPlan.class));
		return new Published(publication.id(), publication.slug(), publication.publishedAt(), plan);
	}

	/** The public view of the plan now, from the choices. */
	private PublicPlan build(Plan plan, Choices choices, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, zone());
		Scope scope = new Scope(plan.getId(), null);
		ProgressQueries.Summary summary = this.progress.summary(scope, today, now);
		Map<Long, List<StepRow>> stepsByAim = new LinkedHashMap<>();
		this.progress.eachRow(scope, ProgressQueries.StepFilter.none(today), (row) -> {
			if (choices.steps().contains(row.id())) {
				stepsByAim.computeIfAbsent(row.aimId(), (a) -> new ArrayList<>()).add(row);
			}
		});
		Map<Long, String> notes = notes(choices.notesJson());
		Map<Long, ProgressQueries.Group> rollUps = new LinkedHashMap<>();
		summary.aims().forEach((g) -> rollUps.put(g.id(), g));
		List<PublicPlan.Aim> aims = new ArrayList<>();
		for (Aim aim : this.aims.findByPlanIdOrderByNumberAsc(plan.getId())) {
			if (!choices.aims().contains(aim.getId())) {
				continue;
			}
			ProgressQueries.Group group = rollUps.get(aim.getId());
			List<StepRow> rows = stepsByAim.getOrDefault(aim.getId(), List.of());
			long completed = rows.stream().filter((r) -> r.status() == StepStatus.COMPLETED).count();
			aims.add(
					new PublicPlan.Aim(aim.getNumber(), aim.getTitle(), (group != null) ? group.rollUp().percent() : 0,
							(group != null) ? group.rollUp().counted() : 0, completed,
							rows.stream()
								.sorted(Comparator.comparing(StepRow::title))
								.map((r) -> new PublicPlan.Step(r.title(), r.status(), r.percent(),
										(r.lastUpdateAt() != null) ? LocalDate.ofInstant(r.lastUpdateAt(), zone())
												: null,
										notes.get(r.id())))
								.toList()));
		}
		return new PublicPlan(plan.getName(), plan.getDescription(), plan.getStartDate(), plan.getEndDate(), now,
				summary.overall().percent(), summary.overall().counted() + summary.overall().notApplicable(),
				List.copyOf(aims), indicators(choices.indicators()), commitments(choices.commitments()));
	}

	private List<PublicPlan.Indicator> indicators(Set<Long> chosen) {
		List<PublicPlan.Indicator> shown = new ArrayList<>();
		for (Indicator indicator : this.indicators.findAllById(chosen)
			.stream()
			.sorted(Comparator.comparing(Indicator::getName))
			.toList()) {
			List<IndicatorValue> all = this.values.findByIndicator(indicator.getId());
			for (Dimension dimension : indicator.dimensionList()) {
				List<DimensionValue> groupsOf = this.groups.findByDimensionOrderByPositionAscLabelAsc(dimension);
				IndicatorAnalysis.Result result = IndicatorAnalysis
					.analyse(indicator, dimension, groupsOf,
							all.stream().filter((v) -> v.getDimension() == dimension).toList(), this.measures)
					.recent(PERIODS);
				if (result.isEmpty()) {
					continue;
				}
				List<PublicPlan.Period> periods = result.periods()
					.stream()
					.map((p) -> new PublicPlan.Period(p.period().code(), p.rows()
						.stream()
						// a suppressed row carries no figure at all
						.map((r) -> new PublicPlan.Row(r.group(), r.reference(), r.suppressed(),
								r.suppressed() ? null : r.rate(), r.suppressed() ? null : r.ratio(),
								!r.suppressed() && r.disadvantaged(), r.suppressed() ? null : r.trend()))
						.toList()))
					.toList();
				String comparedWith = (result.referenceGroup() != null) ? result.referenceGroup()
						: result.latest()
							.rows()
							.stream()
							.filter(IndicatorAnalysis.Row::reference)
							.map(IndicatorAnalysis.Row::group)
							.findFirst()
							.orElse(null);
				shown.add(new PublicPlan.Indicator(indicator.getName(), indicator.getDescription(), indicator.getUnit(),
						indicator.getPerN(), indicator.getDirection(),
						(indicator.getTarget() != null) ? indicator.getTarget().doubleValue() : null, dimension,
						comparedWith, result.groupsWithValues().stream().map(DimensionValue::getLabel).toList(),
						periods));
			}
		}
		return List.copyOf(shown);
	}

	private List<PublicPlan.Commitment> commitments(Set<Long> chosen) {
		List<PublicPlan.Commitment> shown = new ArrayList<>();
		for (ComplianceRecord record : this.compliance.all()) {
			if (!chosen.contains(record.commitmentId())) {
				continue;
			}
			shown.add(new PublicPlan.Commitment(record.statement(),
					record.targets()
						.stream()
						.map((t) -> new PublicPlan.Target(t.measure(), t.minimumPercent()))
						.toList(),
					record.quarters()
						.stream()
						.map((q) -> new PublicPlan.Quarter(q.period().code(), q.events(), q.met(), q.rate()))
						.toList(),
					record.rate(), record.eventCount(), record.met()));
		}
		return List.copyOf(shown);
	}

	private Plan plan(long planId) {
		return this.plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
	}

	private ZoneId zone() {
		return this.clock.getZone();
	}

	private static Map<Long, String> notes(String json) {
		Map<String, String> raw = JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
		Map<Long, String> notes = new LinkedHashMap<>();
		raw.forEach((k, v) -> notes.put(Long.valueOf(k), v));
		return notes;
	}

	/**
	 * An address from a name: "Equity Plan 2026–2028" becomes "equity-plan-2026-2028".
	 */
	static String slugOf(String name) {
		String slug = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		if (slug.length() > SLUG_MAX) {
			slug = slug.substring(0, SLUG_MAX).replaceAll("-$", "");
		}
		return slug.isEmpty() ? "plan" : slug;
	}

}
