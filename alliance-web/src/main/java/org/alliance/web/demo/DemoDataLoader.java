package org.alliance.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentStatus;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.StepDetails;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.persistence.step.ActionStepRepository;
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

/**
 * Loads the demo plan into an empty database when demo data is on. Everything goes
 * through the domain's own methods, so the demo obeys the same rules as real data.
 */
@Component
@org.springframework.core.annotation.Order(10)
class DemoDataLoader implements ApplicationRunner {

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

	private final Clock clock;

	DemoDataLoader(DemoSettings settings, PersonRepository people, WorkgroupRepository workgroups, PlanRepository plans,
			AimRepository aims, ActionStepRepository steps, CommitmentRepository commitments,
			PasswordEncoder passwordEncoder, Clock clock) {
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
	}

	void load(DemoPlan demo) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		String hash = this.passwordEncoder.encode(demo.password());
		Map<String, Person> personByKey = new HashMap<>();
		for (DemoPlan.DemoPerson p : demo.people()) {
			personByKey.put(p.key(),
					this.people.save(new Person(p.email(), p.name(), hash, SystemRole.valueOf(p.role()), now)));
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
				this.steps.save(step);
				stepCount++;
				if (s.key() != null) {
					stepByKey.put(s.key(), step);
				}
			}
		}
		for (DemoPlan.DemoCommitment c : demo.commitments()) {
			Person owner = (c.owner() != null) ? personByKey.get(c.owner()) : null;
			Commitment commitment = new Commitment(c.statement(), c.madeBy(), (owner != null) ? owner.getId() : null,
					today.plusDays(c.reviewDays()));
			commitment.review(CommitmentStatus.valueOf(c.status()), today.plusDays(c.reviewDays()));
			c.steps().forEach((k) -> commitment.linkStep(stepByKey.get(k).getId()));
			this.commitments.save(commitment);
		}
		log.info("Demo data loaded: {} people, {} workgroups, {} aims, {} steps", demo.people().size(),
				demo.workgroups().size(), demo.aims().size(), stepCount);
	}

	private static LocalDate offset(LocalDate today, Integer days) {
		return (days != null) ? today.plusDays(days) : null;
	}

}
