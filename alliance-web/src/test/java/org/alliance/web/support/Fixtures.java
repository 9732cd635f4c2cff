package org.alliance.web.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.StepDetails;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.application.progress.StepQueries;
import org.alliance.persistence.workgroup.WorkgroupRepository;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds test data through the real repositories. Every name is unique, so tests share
 * one database without seeing each other's data.
 */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "correct horse battery";

	private final PersonRepository people;

	private final WorkgroupRepository workgroups;

	private final PlanRepository plans;

	private final AimRepository aims;

	private final ActionStepRepository steps;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final StepQueries queries;

	private String passwordHash;

	Fixtures(PersonRepository people, WorkgroupRepository workgroups, PlanRepository plans, AimRepository aims,
			ActionStepRepository steps, PasswordEncoder passwordEncoder, Clock clock, StepQueries queries) {
		this.queries = queries;
		this.people = people;
		this.workgroups = workgroups;
		this.plans = plans;
		this.aims = aims;
		this.steps = steps;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public static String unique(String prefix) {
		// 48 random bits: the matrix tests make tens of thousands of names in one
		// database
		return prefix + " " + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	public Person person(SystemRole role) {
		if (this.passwordHash == null) {
			this.passwordHash = this.passwordEncoder.encode(PASSWORD);
		}
		String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		return this.people.save(new Person(role.name().toLowerCase() + "-" + tag + "@example.org", "Person " + tag,
				this.passwordHash, role, this.clock.instant()));
	}

	public Person staff() {
		return person(SystemRole.STAFF);
	}

	/** A workgroup led by {@code lead}, with the given members. */
	public Workgroup workgroup(Person lead, Person... members) {
		Workgroup workgroup = new Workgroup(unique("Workgroup"), "A charge", lead.getId());
		for (Person member : members) {
			workgroup.addMember(member.getId());
		}
		return this.workgroups.save(workgroup);
	}

	public Plan plan() {
		Plan plan = new Plan(unique("Plan"), "", LocalDate.now(this.clock).minusMonths(6),
				LocalDate.now(this.clock).plusYears(2));
		plan.changeStatus(PlanStatus.ACTIVE);
		return this.plans.save(plan);
	}

	public Aim aim(Plan plan, int number) {
		return this.aims.save(new Aim(plan.getId(), number, unique("Aim"), ""));
	}

	public ActionStep step(Aim aim, Workgroup workgroup, Person assignee, LocalDate due) {
		return this.steps.save(new ActionStep(new StepDetails(aim.getId(), workgroup.getId(),
				(assignee != null) ? assignee.getId() : null, unique("Step"), "", null, due, 1)));
	}

	public ActionStep step(Aim aim, Workgroup workgroup) {
		return step(aim, workgroup, null, LocalDate.now(this.clock).plusMonths(2));
	}

	public ActionStep reload(ActionStep step) {
		return this.steps.findById(step.getId()).orElseThrow();
	}

	public Workgroup reload(Workgroup workgroup) {
		return this.workgroups.findWithMembers(workgroup.getId()).orElseThrow();
	}

	public Person reload(Person person) {
		return this.people.findById(person.getId()).orElseThrow();
	}

	public int historySize(ActionStep step) {
		return this.queries.historyOf(step.getId()).size();
	}

}
