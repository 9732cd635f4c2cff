package org.alliance.application.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliance.application.equity.IndicatorImport;
import org.alliance.application.equity.IndicatorService;
import org.alliance.application.notification.Digests;
import org.alliance.application.notification.NotificationSettingsService;
import org.alliance.application.publication.PublicationService;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentEvent;
import org.alliance.domain.commitment.CommitmentStatus;
import org.alliance.domain.commitment.EventKind;
import org.alliance.domain.commitment.ShareTarget;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.Period;
import org.alliance.domain.equity.PeriodType;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.ChecklistItem;
import org.alliance.domain.step.StepDetails;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.commitment.CommitmentEventRepository;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.application.comment.CommentStore;
import org.alliance.application.notification.NotificationSettingsStore;
import org.alliance.application.notification.NotificationSettingsStore.Digest;
import org.alliance.application.notification.NotificationSettingsStore.Settings;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.step.ChecklistItemRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loads the demo plan into an empty database when demo data is on. Everything goes
 * through the domain's own methods, so the demo obeys the same rules as real data.
 */
@Component
@org.springframework.core.annotation.Order(10)
public class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final String RESOURCE = "demo/demo-plan.json";

	private final DemoSettings settings;

	private final PersonRepository people;

	private final WorkgroupRepository workgroups;

	private final PlanRepository plans;

	private final AimRepository aims;

	private final ActionStepRepository steps;

	private final CommitmentRepository commitments;

	private final PasswordEncoder passwordEncoder;

	private final CommitmentEventRepository events;

	private final IndicatorRepository indicators;

	private final DimensionValueRepository groups;

	private final IndicatorService indicatorService;

	private final Clock clock;

	private final PublicationService publications;

	private final NotificationSettingsStore notificationSettings;

	private final Digests digests;

	private final CommentStore comments;

	private final DemoAnalyses analyses;

	private final DemoFeedback feedback;

	private final ChecklistItemRepository checklistItems;

	DemoDataLoader(DemoSettings settings, PersonRepository people, WorkgroupRepository workgroups, PlanRepository plans,
			AimRepository aims, ActionStepRepository steps, CommitmentRepository commitments,
			PasswordEncoder passwordEncoder, Clock clock, CommitmentEventRepository events,
			IndicatorRepository indicators, DimensionValueRepository groups, IndicatorService indicatorService,
			PublicationService publications, NotificationSettingsStore notificationSettings, Digests digests,
			CommentStore comments, DemoAnalyses analyses, DemoFeedback feedback,
			ChecklistItemRepository checklistItems) {
		this.checklistItems = checklistItems;
		this.feedback = feedback;
		this.analyses = analyses;
		this.comments = comments;
		this.publications = publications;
		this.notificationSettings = notificationSettings;
		this.digests = digests;
		this.events = events;
		this.indicators = indicators;
		this.groups = groups;
		this.indicatorService = indicatorService;
		this.settings = settings;
		this.people = people;
		this.workgroups = workgroups;
		this.plans = plans;
		this.aims = aims;
		this.steps = steps;
		this.commitments = commitments;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	static DemoPlan read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return JsonMapper.builder().build().readValue(in, DemoPlan.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.settings.enabled()) {
			return;
		}
		if (this.people.count() > 0) {
			log.info("Demo data not loaded: the database already holds people");
			return;
		}
		load(read());
		// once the demo is committed, today's digests are composed at once (whatever the
		// time of day), so the outgoing mail page shows what each demo account would get
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				DemoDataLoader.this.digests.composeToday();
			}
		});
	}

	void load(DemoPlan demo) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		String hash = this.passwordEncoder.encode(demo.password());
		Map<String, Person> personByKey = new HashMap<>();
		for (DemoPlan.DemoPerson p : demo.people()) {
			Person person = this.people.save(new Person(p.email(), p.name(), hash, SystemRole.valueOf(p.role()), now));
			personByKey.put(p.key(), person);
			if (p.digest() != null) {
				Settings defaults = NotificationSettingsStore.DEFAULTS;
				this.notificationSettings.save(
						person.getId(), new Settings(Digest.valueOf(p.digest()), defaults.digestDay(),
								defaults.onAssignment(), defaults.onReminder(), null),
						NotificationSettingsService.newKey());
			}
		}
		Map<String, Workgroup> workgroupByKey = new HashMap<>();
		for (DemoPlan.DemoWorkgroup w : demo.workgroups()) {
			Workgroup workgroup = new Workgroup(w.name(), w.charge(), personByKey.get(w.leads().get(0)).getId());
			w.leads().stream().skip(1).forEach((k) -> workgroup.appointLead(personByKey.get(k).getId()));
			w.members().forEach((k) -> workgroup.addMember(personByKey.get(k).getId()));
			workgroupByKey.put(w.key(), this.workgroups.save(workgroup));
		}
		DemoPlan.DemoPlanHeader header = demo.plan();
		Plan plan = new Plan(header.name(), header.description(), today.plusDays(header.startDays()),
				today.plusDays(header.endDays()));
		plan.changeStatus(PlanStatus.valueOf(header.status()));
		this.plans.save(plan);
		Map<String, ActionStep> stepByKey = new HashMap<>();
		int stepCount = 0;
		for (DemoPlan.DemoAim a : demo.aims()) {
			Aim aim = this.aims.save(new Aim(plan.getId(), a.number(), a.title(), a.description()));
			for (DemoPlan.DemoStep s : a.steps()) {
				Person assignee = (s.assignee() != null) ? personByKey.get(s.assignee()) : null;
				ActionStep step = new ActionStep(new StepDetails(aim.getId(), workgroupByKey.get(s.workgroup()).getId(),
						(assignee != null) ? assignee.getId() : null, s.title(), s.description(),
						offset(today, s.startDays()), offset(today, s.dueDays()),
						(s.weight() != null) ? s.weight() : 1));
				List<DemoPlan.DemoUpdate> updates = (s.updates() != null) ? s.updates() : List.of();
				updates.stream()
					.sorted(Comparator.comparingInt(DemoPlan.DemoUpdate::daysAgo).reversed())
					.forEach((u) -> step.recordProgress(personByKey.get(u.author()).getId(),
							StepStatus.valueOf(u.status()), u.percent(), u.narrative(),
							now.minus(Duration.ofDays(u.daysAgo())).minus(Duration.ofHours(u.percent() % 7))));
				List<DemoPlan.DemoTick> checklist = (s.checklist() != null) ? s.checklist() : List.of();
				if (!checklist.isEmpty()) {
					step.markChecklist();
					tickInOrder(step, checklist, personByKey, today, now);
				}
				this.steps.save(step);
				for (int i = 0; i < checklist.size(); i++) {
					DemoPlan.DemoTick t = checklist.get(i);
					ChecklistItem item = new ChecklistItem(step.getId(), i + 1, t.text());
					if (t.daysAgo() != null) {
						item.tick(personByKey.get(t.by()).getId(), today.minusDays(t.daysAgo()), t.note(), today,
								now.minus(Duration.ofDays(t.daysAgo())));
					}
					this.checklistItems.save(item);
				}
				for (DemoPlan.DemoComment c : (s.comments() != null) ? s.comments() : List.<DemoPlan.DemoComment>of()) {
					this.comments.add(step.getId(), personByKey.get(c.author()).getId(), c.text(),
							now.minus(Duration.ofDays(c.daysAgo())));
				}
				stepCount++;
				if (s.key() != null) {
					stepByKey.put(s.key(), step);
				}
			}
		}
		List<Commitment> commitments = new ArrayList<>();
		for (DemoPlan.DemoCommitment c : demo.commitments()) {
			Person owner = (c.owner() != null) ? personByKey.get(c.owner()) : null;
			Commitment commitment = new Commitment(c.statement(), c.madeBy(), (owner != null) ? owner.getId() : null,
					today.plusDays(c.reviewDays()));
			commitment.review(CommitmentStatus.valueOf(c.status()), today.plusDays(c.reviewDays()));
			c.steps().forEach((k) -> commitment.linkStep(stepByKey.get(k).getId()));
			commitments.add(this.commitments.save(commitment));
		}
		int events = 0;
		for (int i = 0; i < demo.commitments().size(); i++) {
			events += loadTargetsAndEvents(demo.commitments().get(i), commitments.get(i), personByKey, now, today);
		}
		List<DimensionValue> groups = this.groups.findAllInOrder();
		for (DemoPlan.DemoIndicator i : demo.indicators()) {
			loadIndicator(i, groups, workgroupByKey, stepByKey, today);
		}
		if (demo.publication() != null) {
			publish(demo.publication(), plan, stepByKey, commitments);
		}
		int analysisCount = (demo.analyses() != null)
				? this.analyses.load(demo.analyses(), plan, personByKey, workgroupByKey, stepByKey) : 0;
		int feedbackCount = (demo.feedback() != null)
				? this.feedback.load(demo.feedback(), plan, personByKey, workgroupByKey, stepByKey) : 0;
		log.info("Demo data loaded: {} indicators, {} commitment events, {} impact analyses, {} feedback items",
				demo.indicators().size(), events, analysisCount, feedbackCount);
		log.info("Demo data loaded: {} people, {} workgroups, {} aims, {} steps", demo.people().size(),
				demo.workgroups().size(), demo.aims().size(), stepCount);
	}

	/**
	 * Publishes the plan's public page with what the demo file chooses, as an
	 * administrator would.
	 */
	private void publish(DemoPlan.DemoPublication p, Plan plan, Map<String, ActionStep> stepByKey,
			List<Commitment> commitments) {
		Set<Long> aimIds = new LinkedHashSet<>();
		this.aims.findByPlanIdOrderByNumberAsc(plan.getId())
			.stream()
			.filter((a) -> p.aims().contains(a.getNumber()))
			.forEach((a) -> aimIds.add(a.getId()));
		Set<Long> stepIds = new LinkedHashSet<>();
		p.steps().forEach((k) -> stepIds.add(stepByKey.get(k).getId()));
		Map<Long, String> notes = new LinkedHashMap<>();
		p.notes().forEach((k, note) -> notes.put(stepByKey.get(k).getId(), note));
		Set<Long> indicatorIds = new LinkedHashSet<>();
		this.indicators.findAllByName()
			.stream()
			.filter((i) -> p.indicators().contains(i.getName()))
			.forEach((i) -> indicatorIds.add(i.getId()));
		Set<Long> commitmentIds = new LinkedHashSet<>();
		p.commitments().forEach((index) -> commitmentIds.add(commitments.get(index).getId()));
		this.publications.save(plan.getId(),
				new PublicationService.Draft(p.slug(), aimIds, stepIds, indicatorIds, commitmentIds, notes));
		this.publications.publish(plan.getId(), null);
	}

	/**
	 * A checklist step's history: each tick, oldest first, moves its percent to the share
	 * ticked, as ticking does in the application.
	 */
	private static void tickInOrder(ActionStep step, List<DemoPlan.DemoTick> checklist, Map<String, Person> personByKey,
			LocalDate today, Instant now) {
		List<DemoPlan.DemoTick> ticks = checklist.stream()
			.filter((t) -> t.daysAgo() != null)
			.sorted(Comparator.comparingInt((DemoPlan.DemoTick t) -> t.daysAgo()).reversed())
			.toList();
		int done = 0;
		for (DemoPlan.DemoTick t : ticks) {
			done++;
			int percent = ChecklistItem.percent(done, checklist.size());
			step.recordProgress(personByKey.get(t.by()).getId(),
					(done == checklist.size()) ? StepStatus.COMPLETED : StepStatus.IN_PROGRESS, percent,
					ChecklistItem.tickNarrative(t.text(), today.minusDays(t.daysAgo()), t.note()),
					now.minus(Duration.ofDays(t.daysAgo())));
		}
	}

	private static LocalDate offset(LocalDate today, Integer days) {
		return (days != null) ? today.plusDays(days) : null;
	}

	private int loadTargetsAndEvents(DemoPlan.DemoCommitment c, Commitment commitment, Map<String, Person> personByKey,
			Instant now, LocalDate today) {
		if (c.targets() == null || c.targets().isEmpty()) {
			return 0;
		}
		c.targets().forEach((t) -> commitment.addTarget(new ShareTarget(t.measure(), t.minimumPercent())));
		this.commitments.flush();
		Long recorder = (c.owner() != null) ? personByKey.get(c.owner()).getId() : null;
		List<DemoPlan.DemoEvent> events = (c.events() != null) ? c.events() : List.of();
		for (DemoPlan.DemoEvent e : events) {
			this.events.save(
					new CommitmentEvent(commitment, today.minusDays(e.daysAgo()), e.name(), EventKind.valueOf(e.kind()),
							e.total(), e.counts(), recorder, now.minus(Duration.ofDays(e.daysAgo()))));
		}
		return events.size();
	}

	/**
	 * Creates the indicator and imports its figures through the same checks as a CSV file
	 * sent by a person, for the last complete periods before today.
	 */
	private void loadIndicator(DemoPlan.DemoIndicator d, List<DimensionValue> groups,
			Map<String, Workgroup> workgroupByKey, Map<String, ActionStep> stepByKey, LocalDate today) {
		Map<Dimension, Long> references = new EnumMap<>(Dimension.class);
		d.references()
			.forEach((dimension, label) -> references.put(Dimension.valueOf(dimension),
					groupId(groups, Dimension.valueOf(dimension), label)));
		PeriodType periodType = PeriodType.valueOf(d.periodType());
		Indicator indicator = new Indicator(
				new Indicator.Definition(d.name(), d.description(), IndicatorKind.valueOf(d.kind()),
						IndicatorUnit.valueOf(d.unit()), d.perN(), Direction.valueOf(d.direction()), periodType,
						d.target(), (d.workgroup() != null) ? workgroupByKey.get(d.workgroup()).getId() : null),
				references);
		d.steps().forEach((k) -> indicator.linkStep(stepByKey.get(k).getId()));
		this.indicators.save(indicator);
		StringBuilder csv = new StringBuilder(String.join(",", IndicatorImport.columns(indicator))).append('\n');
		for (DemoPlan.DemoSeries series : d.series()) {
			int n = indicator.isMean() ? series.means().size() : series.numerators().size();
			Period period = Period.containing(periodType, today);
			for (int back = 0; back < n; back++) {
				period = period.previous();
			}
			for (int i = 0; i < n; i++) {
				csv.append(period.code()).append(',').append(series.dimension()).append(",\"").append(series.group());
				if (indicator.isMean()) {
					csv.append("\",")
						.append(series.means().get(i).toPlainString())
						.append(',')
						.append(series.counts().get(i));
				}
				else {
					csv.append("\",")
						.append(series.numerators().get(i))
						.append(',')
						.append(series.denominators().get(i));
				}
				csv.append('\n');
				period = period.next();
			}
		}
		IndicatorImport.Outcome outcome = IndicatorImport.read(indicator, groups, new StringReader(csv.toString()));
		if (!outcome.ok()) {
			throw new IllegalStateException("Demo figures of " + d.name() + " are refused: " + outcome.problems());
		}
		this.indicatorService.replaceValues(indicator.getId(), outcome.lines(), "loaded with the demo plan");
	}

	private static Long groupId(List<DimensionValue> groups, Dimension dimension, String label) {
		return groups.stream()
			.filter((g) -> g.getDimension() == dimension && g.getLabel().equals(label))
			.map(DimensionValue::getId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No group " + label + " in " + dimension));
	}

}
