package org.alliance.application.template;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.commitment.CommitmentDraft;
import org.alliance.application.commitment.CommitmentService;
import org.alliance.application.equity.IndicatorDraft;
import org.alliance.application.equity.IndicatorService;
import org.alliance.application.plan.AimDraft;
import org.alliance.application.plan.PlanDraft;
import org.alliance.application.plan.PlanService;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.step.ChecklistService;
import org.alliance.application.step.StepDraft;
import org.alliance.application.step.StepService;
import org.alliance.application.workgroup.WorkgroupService;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.ShareTarget;
import org.alliance.domain.equity.Comparison;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.PeriodType;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.ChecklistItem;
import org.alliance.domain.template.PlanTemplate;
import org.alliance.domain.template.StoredTemplate;
import org.alliance.domain.template.Text;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.step.ChecklistItemRepository;
import org.alliance.persistence.template.StoredTemplateRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan templates: listing the built-in and stored ones, importing and exporting files,
 * saving a plan's structure as a template, and starting a plan from a selection of a
 * template's items, all of it in one transaction: any problem and nothing is created.
 */
@Service
@Transactional
public class TemplateService {

	private final TemplateFormat format;

	private final BuiltInTemplates builtIn;

	private final PlanService plans;

	private final WorkgroupService workgroupService;

	private final StepService steps;

	private final ChecklistService checklists;

	private final IndicatorService indicatorService;

	private final CommitmentService commitmentService;

	private final StoredTemplateRepository stored;

	private final WorkgroupRepository workgroups;

	private final AimRepository aims;

	private final ActionStepRepository stepRows;

	private final ChecklistItemRepository items;

	private final IndicatorRepository indicators;

	private final DimensionValueRepository groups;

	private final CommitmentRepository commitments;

	private final PersonRepository people;

	private final AuditLog audit;

	private final Clock clock;

	TemplateService(TemplateFormat format, BuiltInTemplates builtIn, PlanService plans,
			WorkgroupService workgroupService, StepService steps, ChecklistService checklists,
			IndicatorService indicatorService, CommitmentService commitmentService, StoredTemplateRepository stored,
			WorkgroupRepository workgroups, AimRepository aims, ActionStepRepository stepRows,
			ChecklistItemRepository items, IndicatorRepository indicators, DimensionValueRepository groups,
			CommitmentRepository commitments, PersonRepository people, AuditLog audit, Clock clock) {
		this.format = format;
		this.builtIn = builtIn;
		this.plans = plans;
		this.workgroupService = workgroupService;
		this.steps = steps;
		this.checklists = checklists;
		this.indicatorService = indicatorService;
		this.commitmentService = commitmentService;
		this.stored = stored;
		this.workgroups = workgroups;
		this.aims = aims;
		this.stepRows = stepRows;
		this.items = items;
		this.indicators = indicators;
		this.groups = groups;
		this.commitments = commitments;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every template: built-in ones first, then stored ones by key, newest version first.
	 */
	@Transactional(readOnly = true)
	public List<TemplateEntry> list() {
		List<TemplateEntry> entries = new ArrayList<>();
		this.builtIn.all().forEach((t) -> entries.add(new TemplateEntry(t, true, null, null)));
		for (StoredTemplate stored : this.stored.findAllByOrderByKeyAscVersionDesc()) {
			entries.add(entry(stored));
		}
		return entries;
	}

	@Transactional(readOnly = true)
	public TemplateEntry template(String key, int version) {
		Optional<PlanTemplate> shipped = this.builtIn.all()
			.stream()
			.filter((t) -> t.key().equals(key) && t.version() == version)
			.findFirst();
		if (shipped.isPresent()) {
			return new TemplateEntry(shipped.get(), true, null, null);
		}
		return this.stored.findByKeyAndVersion(key, version)
			.map(this::entry)
			.orElseThrow(() -> new NotFoundException("Template", key + " version " + version));
	}

	private TemplateEntry entry(StoredTemplate stored) {
		return new TemplateEntry(this.format.read(stored.getBody().getBytes(StandardCharsets.UTF_8)), false,
				stored.getOrigin(), stored.getCreatedAt());
	}

	/** The file of a template, as {@link #importFile} reads it. */
	@Transactional(readOnly = true)
	public byte[] export(String key, int version) {
		return this.format.write(template(key, version).template());
	}

	/**
	 * Stores the template a file holds, refused whole (nothing stored) with every problem
	 * found, or when that version of that key is already there.
	 */
	public TemplateEntry importFile(byte[] file, Long personId) {
		PlanTemplate template = this.format.read(file);
		return store(template, StoredTemplate.Origin.IMPORTED, personId);
	}

	private TemplateEntry store(PlanTemplate template, StoredTemplate.Origin origin, Long personId) {
		if (exists(template.key(), template.version())) {
			throw new TemplateProblemsException(
					List.of(TemplateProblem.of("version", "version.taken", template.key(), template.version())));
		}
		String body = new String(this.format.write(template), StandardCharsets.UTF_8);
		StoredTemplate stored = this.stored
			.save(new StoredTemplate(template, body, origin, personId, this.clock.instant()));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("key", template.key());
		values.put("version", template.version());
		values.put("name", template.name().any());
		values.put("origin", origin);
		this.audit.created("PlanTemplate", stored.getId(),
				(origin == StoredTemplate.Origin.IMPORTED) ? "Template imported" : "Plan saved as template", values);
		return entry(stored);
	}

	private boolean exists(String key, int version) {
		return this.builtIn.all().stream().anyMatch((t) -> t.key().equals(key) && t.version() == version)
				|| this.stored.existsByKeyAndVersion(key, version);
	}

	/** The next free version of a key. */
	@Transactional(readOnly = true)
	public int nextVersion(String key) {
		int shipped = this.builtIn.all()
			.stream()
			.filter((t) -> t.key().equals(key))
			.mapToInt(PlanTemplate::version)
			.max()
			.orElse(0);
		return Math.max(shipped, this.stored.latestVersion(key)) + 1;
	}

	/**
	 * Saves a plan's structure as the next version of a template key: the workgroups its
	 * steps belong to, its aims and steps (dates become days after the plan's start and
	 * durations), checklists without their ticks, and the indicators and commitments
	 * linked to its steps without values or events. No people, updates or figures.
	 */
	public TemplateEntry saveFromPlan(Long planId, String key, String name, String language, Long personId) {
		Plan plan = this.plans.plan(planId);
		List<TemplateProblem> problems = new ArrayList<>();
		String wantedKey = (key != null) ? key.strip() : "";
		if (!TemplateSchema.KEY.matcher(wantedKey).matches()) {
			problems.add(TemplateProblem.of("key", "choice.key"));
		}
		String wantedName = (name != null) ? name.strip() : "";
		if (wantedName.isEmpty() || wantedName.length() > Plan.NAME_MAX) {
			problems.add(TemplateProblem.of("name", "choice.name", Plan.NAME_MAX));
		}
		if (!problems.isEmpty()) {
			throw new TemplateProblemsException(problems);
		}
		String lang = Text.isLanguage(language) ? language : "en";
		List<Aim> aims = this.aims.findByPlanIdOrderByNumberAsc(planId);
		List<ActionStep> steps = aims.isEmpty() ? List.of()
				: this.stepRows.findByAimIdInOrderByIdAsc(aims.stream().map(Aim::getId).toList());
		Map<Long, String> workgroupKeys = new LinkedHashMap<>();
		List<PlanTemplate.Workgroup> workgroups = new ArrayList<>();
		for (ActionStep step : steps) {
			if (!workgroupKeys.containsKey(step.getWorkgroupId())) {
				Workgroup workgroup = this.workgroups.findById(step.getWorkgroupId())
					.orElseThrow(() -> new NotFoundException("Workgroup", step.getWorkgroupId()));
				String wgKey = "workgroup-" + (workgroupKeys.size() + 1);
				workgroupKeys.put(step.getWorkgroupId(), wgKey);
				workgroups.add(new PlanTemplate.Workgroup(wgKey, Text.of(lang, workgroup.getName()),
						Text.of(lang, workgroup.getCharge())));
			}
		}
		Map<Long, List<ChecklistItem>> itemsByStep = new HashMap<>();
		List<Long> checklistSteps = steps.stream().filter(ActionStep::hasChecklist).map(ActionStep::getId).toList();
		if (!checklistSteps.isEmpty()) {
			for (ChecklistItem item : this.items.findByStepIdInOrderByStepIdAscPositionAsc(checklistSteps)) {
				itemsByStep.computeIfAbsent(item.getStepId(), (id) -> new ArrayList<>()).add(item);
			}
		}
		Set<Long> stepIds = new HashSet<>();
		List<PlanTemplate.Aim> templateAims = new ArrayList<>();
		for (Aim aim : aims) {
			String aimKey = "aim-" + aim.getNumber();
			List<PlanTemplate.Step> templateSteps = new ArrayList<>();
			int n = 0;
			for (ActionStep step : steps) {
				if (!step.getAimId().equals(aim.getId())) {
					continue;
				}
				stepIds.add(step.getId());
				String stepKey = aimKey + "-step-" + (++n);
				LocalDate start = (step.getStartDate() != null) ? step.getStartDate() : plan.getStartDate();
				LocalDate due = (step.getDueDate() != null) ? step.getDueDate() : plan.getEndDate();
				int after = (int) Math.max(0, ChronoUnit.DAYS.between(plan.getStartDate(), start));
				int duration = (int) Math.max(1, ChronoUnit.DAYS.between(start, due));
				List<PlanTemplate.ChecklistEntry> checklist = new ArrayList<>();
				int c = 0;
				for (ChecklistItem item : itemsByStep.getOrDefault(step.getId(), List.of())) {
					checklist.add(
							new PlanTemplate.ChecklistEntry(stepKey + "-item-" + (++c), Text.of(lang, item.getText())));
				}
				templateSteps.add(new PlanTemplate.Step(stepKey, Text.of(lang, step.getTitle()),
						Text.of(lang, step.getDescription()), workgroupKeys.get(step.getWorkgroupId()),
						Math.min(after, 3650), Math.min(duration, 3650), step.getWeight(), checklist));
			}
			templateAims.add(new PlanTemplate.Aim(aimKey, Text.of(lang, aim.getTitle()),
					Text.of(lang, aim.getDescription()), templateSteps));
		}
		List<PlanTemplate.Indicator> indicators = new ArrayList<>();
		Map<Long, String> groupLabels = new HashMap<>();
		this.groups.findAllInOrder().forEach((g) -> groupLabels.put(g.getId(), g.getLabel()));
		for (Indicator indicator : this.indicators.findAllByName()) {
			if (indicator.getLinkedStepIds().stream().noneMatch(stepIds::contains)) {
				continue;
			}
			List<PlanTemplate.Breakdown> breakdowns = indicator.dimensionList()
				.stream()
				.map((d) -> new PlanTemplate.Breakdown(d.name(),
						groupLabels.get(indicator.referenceGroupOf(d).orElseThrow())))
				.toList();
			indicators.add(new PlanTemplate.Indicator("indicator-" + (indicators.size() + 1),
					Text.of(lang, indicator.getName()), Text.of(lang, indicator.getDescription()),
					indicator.getKind().name(), indicator.getUnit().name(), indicator.getPerN(),
					indicator.getDirection().name(), indicator.getPeriodType().name(), indicator.getTarget(),
					breakdowns));
		}
		List<PlanTemplate.Commitment> commitments = new ArrayList<>();
		for (Commitment commitment : this.commitments.findAllInReviewOrder()) {
			if (commitment.getLinkedStepIds().stream().noneMatch(stepIds::contains)) {
				continue;
			}
			commitments.add(new PlanTemplate.Commitment("commitment-" + (commitments.size() + 1),
					Text.of(lang, commitment.getStatement()), Text.of(lang, commitment.getMadeBy()),
					commitment.getTargets()
						.stream()
						.map((t) -> new PlanTemplate.Target(Text.of(lang, t.measure()), t.minimumPercent()))
						.toList()));
		}
		PlanTemplate template = new PlanTemplate(wantedKey, nextVersion(wantedKey), Text.of(lang, wantedName),
				Text.of(lang, plan.getDescription()), workgroups, templateAims, indicators, commitments);
		// what is stored is exactly what an import of its file would store
		PlanTemplate checked = this.format.read(this.format.write(template));
		return store(checked, StoredTemplate.Origin.SAVED, personId);
	}

	/** Every problem with a selection, by form field; none when it can be created. */
	@Transactional(readOnly = true)
	public List<TemplateProblem> check(PlanTemplate template, PlanChoice choice) {
		List<TemplateProblem> problems = new ArrayList<>();
		if (choice.name().isBlank() || choice.name().strip().length() > Plan.NAME_MAX) {
			problems.add(TemplateProblem.of("name", "choice.name", Plan.NAME_MAX));
		}
		if (choice.startDate() == null) {
			problems.add(TemplateProblem.of("startDate", "choice.startDate"));
		}
		if (choice.endDate() == null || (choice.startDate() != null && !choice.endDate().isAfter(choice.startDate()))) {
			problems.add(TemplateProblem.of("endDate", "choice.endDate"));
		}
		for (PlanTemplate.Aim aim : template.aims()) {
			if (!choice.includes(aim.key())) {
				continue;
			}
			checkTitle(choice, aim.key(), Aim.TITLE_MAX, problems);
			for (PlanTemplate.Step step : aim.steps()) {
				if (!choice.includes(step.key())) {
					continue;
				}
				checkTitle(choice, step.key(), ActionStep.TITLE_MAX, problems);
				step.checklist()
					.stream()
					.filter((c) -> choice.includes(c.key()))
					.forEach((c) -> checkTitle(choice, c.key(), ChecklistItem.TEXT_MAX, problems));
			}
		}
		for (PlanTemplate.Indicator indicator : template.indicators()) {
			if (choice.includes(indicator.key())) {
				checkTitle(choice, indicator.key(), Indicator.NAME_MAX, problems);
			}
		}
		for (PlanTemplate.Commitment commitment : template.commitments()) {
			if (choice.includes(commitment.key())) {
				checkTitle(choice, commitment.key(), Commitment.STATEMENT_MAX, problems);
			}
		}
		Set<String> newNames = new HashSet<>();
		boolean anyNew = false;
		for (PlanTemplate.Workgroup workgroup : usedWorkgroups(template, choice)) {
			String owner = choice.owners().getOrDefault(workgroup.key(), PlanChoice.NEW);
			if (PlanChoice.NEW.equals(owner)) {
				anyNew = true;
				String name = choice.newNames().getOrDefault(workgroup.key(), "").strip();
				if (name.isEmpty() || name.length() > Workgroup.NAME_MAX) {
					problems.add(TemplateProblem.of("newName." + workgroup.key(), "choice.workgroupName",
							Workgroup.NAME_MAX));
				}
				else if (this.workgroups.existsByNameIgnoreCase(name)) {
					problems.add(TemplateProblem.of("newName." + workgroup.key(), "choice.workgroupTaken", name));
				}
				else if (!newNames.add(name.toLowerCase(Locale.ROOT))) {
					problems.add(TemplateProblem.of("newName." + workgroup.key(), "choice.workgroupTwice", name));
				}
			}
			else if (existingWorkgroup(owner).isEmpty()) {
				problems.add(TemplateProblem.of("owner." + workgroup.key(), "choice.owner"));
			}
		}
		if (anyNew && (choice.firstLeadId() == null || !this.people.existsById(choice.firstLeadId()))) {
			problems.add(TemplateProblem.of("firstLeadId", "choice.firstLead"));
		}
		return problems;
	}

	private static void checkTitle(PlanChoice choice, String key, int max, List<TemplateProblem> problems) {
		String title = choice.titles().get(key);
		if (title != null && (title.isBlank() || title.strip().length() > max)) {
			problems.add(TemplateProblem.of("title." + key, "choice.title", max));
		}
	}

	private Optional<Long> existingWorkgroup(String owner) {
		try {
			long id = Long.parseLong(owner);
			return this.workgroups.existsById(id) ? Optional.of(id) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The template's workgroups that own a kept step. */
	public static List<PlanTemplate.Workgroup> usedWorkgroups(PlanTemplate template, PlanChoice choice) {
		Set<String> used = new HashSet<>();
		for (PlanTemplate.Aim aim : template.aims()) {
			if (choice.includes(aim.key())) {
				aim.steps().stream().filter((s) -> choice.includes(s.key())).forEach((s) -> used.add(s.workgroup()));
			}
		}
		return template.workgroups().stream().filter((w) -> used.contains(w.key())).toList();
	}

	/**
	 * Creates the plan a selection describes, in one transaction: the plan (a draft), the
	 * workgroups chosen as new, the kept aims (numbered in order), steps with dates from
	 * the start day, checklist items, indicators (an indicator of the same name already
	 * there is kept as it is) and commitments with their targets. Audited item by item
	 * and as a whole.
	 * @throws TemplateProblemsException when the selection has a problem; nothing is
	 * created
	 */
	public Plan createPlan(String key, int version, PlanChoice choice, Long personId) {
		PlanTemplate template = template(key, version).template();
		List<TemplateProblem> problems = check(template, choice);
		if (!problems.isEmpty()) {
			throw new TemplateProblemsException(problems);
		}
		String lang = Text.isLanguage(choice.language()) ? choice.language() : "en";
		LocalDate start = choice.startDate();
		Plan plan = this.plans.create(
				new PlanDraft(choice.name().strip(), choice.description(), start, choice.endDate(), PlanStatus.DRAFT));
		Map<String, Long> workgroupIds = new HashMap<>();
		for (PlanTemplate.Workgroup workgroup : usedWorkgroups(template, choice)) {
			String owner = choice.owners().getOrDefault(workgroup.key(), PlanChoice.NEW);
			if (PlanChoice.NEW.equals(owner)) {
				Workgroup created = this.workgroupService.create(choice.newNames().get(workgroup.key()).strip(),
						workgroup.charge().in(lang), choice.firstLeadId());
				workgroupIds.put(workgroup.key(), created.getId());
			}
			else {
				workgroupIds.put(workgroup.key(), existingWorkgroup(owner).orElseThrow());
			}
		}
		int number = 0;
		int steps = 0;
		for (PlanTemplate.Aim aim : template.aims()) {
			if (!choice.includes(aim.key())) {
				continue;
			}
			Aim created = this.plans.addAim(plan.getId(),
					new AimDraft(++number, title(choice, aim.key(), aim.title(), lang), aim.description().in(lang)));
			for (PlanTemplate.Step step : aim.steps()) {
				if (!choice.includes(step.key())) {
					continue;
				}
				LocalDate from = start.plusDays(step.startAfterDays());
				ActionStep made = this.steps.create(workgroupIds.get(step.workgroup()),
						new StepDraft(created.getId(), null, title(choice, step.key(), step.title(), lang),
								step.description().in(lang), from, from.plusDays(step.durationDays()), step.weight()));
				steps++;
				for (PlanTemplate.ChecklistEntry entry : step.checklist()) {
					if (choice.includes(entry.key())) {
						this.checklists.add(made.getId(), title(choice, entry.key(), entry.text(), lang), personId);
					}
				}
			}
		}
		int indicators = 0;
		for (PlanTemplate.Indicator indicator : template.indicators()) {
			if (choice.includes(indicator.key())) {
				createIndicator(indicator, title(choice, indicator.key(), indicator.name(), lang), lang);
				indicators++;
			}
		}
		int commitments = 0;
		for (PlanTemplate.Commitment commitment : template.commitments()) {
			if (!choice.includes(commitment.key())) {
				continue;
			}
			Commitment made = this.commitmentService
				.create(new CommitmentDraft(title(choice, commitment.key(), commitment.statement(), lang),
						commitment.madeBy().in(lang), null, start.plusDays(90)));
			for (PlanTemplate.Target target : commitment.targets()) {
				this.commitmentService.addTarget(made.getId(), target.measure().in(lang), target.minimumPercent());
			}
			commitments++;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("template", template.key());
		values.put("version", template.version());
		values.put("language", lang);
		values.put("aims", number);
		values.put("steps", steps);
		values.put("indicators", indicators);
		values.put("commitments", commitments);
		this.audit.created("Plan", plan.getId(), "Plan created from template", values);
		return plan;
	}

	private static String title(PlanChoice choice, String key, Text wording, String language) {
		String renamed = choice.titles().get(key);
		return (renamed != null && !renamed.isBlank()) ? renamed.strip() : wording.in(language);
	}

	private void createIndicator(PlanTemplate.Indicator indicator, String name, String language) {
		if (this.indicators.findFirstByNameIgnoreCase(name).isPresent()) {
			return;
		}
		Map<Dimension, Long> references = new EnumMap<>(Dimension.class);
		for (PlanTemplate.Breakdown breakdown : indicator.breakdowns()) {
			Dimension dimension = Dimension.valueOf(breakdown.dimension());
			Long groupId = this.groups.findByDimensionOrderByPositionAscLabelAsc(dimension)
				.stream()
				.filter((g) -> g.getLabel().equalsIgnoreCase(breakdown.reference()))
				.map(DimensionValue::getId)
				.findFirst()
				.orElseGet(() -> this.indicatorService.addGroup(dimension, breakdown.reference()).getId());
			references.put(dimension, groupId);
		}
		Indicator.Definition definition = new Indicator.Definition(name, indicator.description().in(language),
				IndicatorKind.valueOf(indicator.kind()), IndicatorUnit.valueOf(indicator.unit()), indicator.perN(),
				Direction.valueOf(indicator.direction()), PeriodType.valueOf(indicator.periodType()),
				indicator.target(), null);
		this.indicatorService
			.create(new IndicatorDraft(definition, references, Comparison.NAMED_REFERENCE, false, false));
	}

	/** The existing workgroups by lower-case name, for matching a template's. */
	@Transactional(readOnly = true)
	public Map<String, Long> workgroupsByName() {
		Map<String, Long> byName = new HashMap<>();
		this.workgroups.findAll()
			.stream()
			.sorted(Comparator.comparing(Workgroup::getId))
			.forEach((w) -> byName.putIfAbsent(w.getName().toLowerCase(Locale.ROOT), w.getId()));
		return byName;
	}

}
