package org.alliance.application.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.RollUp;
import org.alliance.domain.step.StepDetails;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.progress.ProgressQueries.Group;
import org.alliance.application.progress.ProgressQueries.Scope;
import org.alliance.application.progress.ProgressQueries.Summary;
import org.alliance.persistence.testsupport.PostgresTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The figures dashboards and plan pages read, checked against a small plan worked out by
 * hand and against the domain's own roll-up on randomly generated plans.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(ProgressQueries.class)
class ProgressQueriesTest extends PostgresTestSupport {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final Instant NOW = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

	@Autowired
	EntityManager em;

	@Autowired
	ProgressQueries queries;

	String tag;

	Person author;

	@BeforeEach
	void setUp() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.author = persist(new Person("a-" + this.tag + "@example.org", "Author " + this.tag, "x", SystemRole.STAFF,
				Instant.now()));
	}

	@Test
	void summaryOfASmallPlanMatchesTheFiguresWorkedOutByHand() {
		Plan plan = plan();
		Aim first = persist(new Aim(plan.getId(), 1, "First", ""));
		Aim second = persist(new Aim(plan.getId(), 2, "Second", ""));
		Workgroup one = workgroup("One");
		Workgroup two = workgroup("Two");
		// aim 1: 50% done with weight 2 (due in 5 days), completed with weight 1 (was due
		// 10 days ago), never updated with weight 1 (due yesterday)
		step(first, one, 2, TODAY.plusDays(5), StepStatus.IN_PROGRESS, 50, NOW.minus(Duration.ofDays(5)));
		step(first, one, 1, TODAY.minusDays(10), StepStatus.COMPLETED, 100, NOW.minus(Duration.ofDays(2)));
		step(first, two, 1, TODAY.minusDays(1), null, 0, null);
		// aim 2: at risk at 40% with weight 3, last updated 40 days ago; not applicable
		step(second, two, 3, null, StepStatus.AT_RISK, 40, NOW.minus(Duration.ofDays(40)));
		step(second, one, 5, null, StepStatus.NOT_APPLICABLE, 0, NOW.minus(Duration.ofDays(3)));
		this.em.flush();

		Summary summary = this.queries.summary(new Scope(plan.getId(), null), TODAY, NOW);

		// (2 x 50 + 1 x 100 + 3 x 40) / (2 + 1 + 1 + 3) = 320 / 7 = 45.7
		assertThat(summary.overall()).isEqualTo(new RollUp(46, 4, 7, 1, 1));
		assertThat(summary.aims()).extracting(Group::label, Group::rollUp)
			.containsExactly(tuple("First", new RollUp(50, 3, 4, 0, 1)), tuple("Second", new RollUp(40, 1, 3, 1, 0)));
		Map<String, RollUp> byWorkgroup = new HashMap<>();
		summary.workgroups().forEach((g) -> byWorkgroup.put(g.label(), g.rollUp()));
		// one: (2 x 50 + 1 x 100) / 3 = 66.7; two: (0 + 3 x 40) / 4 = 30
		assertThat(byWorkgroup).containsEntry(one.getName(), new RollUp(67, 2, 3, 1, 0))
			.containsEntry(two.getName(), new RollUp(30, 2, 4, 0, 1));
		assertThat(summary.byStatus()).containsEntry(StepStatus.IN_PROGRESS, 1L)
			.containsEntry(StepStatus.COMPLETED, 1L)
			.containsEntry(StepStatus.NOT_STARTED, 1L)
			.containsEntry(StepStatus.AT_RISK, 1L)
			.containsEntry(StepStatus.NOT_APPLICABLE, 1L)
			.containsEntry(StepStatus.BLOCKED, 0L);
		assertThat(summary.attentionCounts()).containsEntry("overdue", 1L)
			.containsEntry("dueSoon", 1L)
			.containsEntry("atRisk", 1L)
			.containsEntry("stale", 1L);
		// three open steps, one of them updated in the last 30 days
		assertThat(summary.updatedWithin30Days()).isEqualTo(33);

		Summary ofOne = this.queries.summary(new Scope(plan.getId(), one.getId()), TODAY, NOW);
		assertThat(ofOne.overall()).isEqualTo(new RollUp(67, 2, 3, 1, 0));
		assertThat(ofOne.attentionCounts()).containsEntry("overdue", 0L).containsEntry("dueSoon", 1L);
		assertThat(this.queries.attentionRows(new Scope(plan.getId(), null), TODAY, 10).get("stale"))
			.extracting((r) -> r.status())
			.containsExactly(StepStatus.AT_RISK);
	}

	@Test
	void sqlRollUpsEqualTheDomainRollUpOnRandomPlans() {
		Random random = new Random(20261130);
		StepStatus[] statuses = StepStatus.values();
		for (int round = 0; round < 12; round++) {
			Plan plan = plan();
			List<Aim> aims = new ArrayList<>();
			for (int a = 1; a <= 1 + random.nextInt(3); a++) {
				aims.add(persist(new Aim(plan.getId(), a, "Aim " + a, "")));
			}
			Workgroup workgroup = workgroup("Random " + round);
			Map<Long, List<RollUp.Input>> byAim = new HashMap<>();
			List<RollUp.Input> all = new ArrayList<>();
			for (int i = 0; i < random.nextInt(25); i++) {
				Aim aim = aims.get(random.nextInt(aims.size()));
				int weight = 1 + random.nextInt(100);
				boolean updated = random.nextInt(4) > 0;
				StepStatus status = updated ? statuses[random.nextInt(statuses.length)] : StepStatus.NOT_STARTED;
				int percent = (status == StepStatus.COMPLETED) ? 100 : updated ? random.nextInt(101) : 0;
				step(aim, workgroup, weight, null, updated ? status : null, percent,
						updated ? NOW.minus(Duration.ofDays(random.nextInt(60))) : null);
				RollUp.Input input = new RollUp.Input(status, percent, weight, updated);
				all.add(input);
				byAim.computeIfAbsent(aim.getId(), (id) -> new ArrayList<>()).add(input);
			}
			this.em.flush();
			Summary summary = this.queries.summary(new Scope(plan.getId(), null), TODAY, NOW);
			assertThat(summary.overall()).as("round %d overall", round).isEqualTo(RollUp.of(all));
			for (Group group : summary.aims()) {
				assertThat(group.rollUp()).as("round %d aim %d", round, group.number())
					.isEqualTo(RollUp.of(byAim.getOrDefault(group.id(), List.of())));
			}
		}
	}

	private Plan plan() {
		return persist(new Plan("Plan " + this.tag + " " + UUID.randomUUID(), "", LocalDate.of(2026, 1, 1),
				LocalDate.of(2028, 12, 31)));
	}

	private Workgroup workgroup(String name) {
		Person lead = persist(
				new Person("l-" + UUID.randomUUID() + "@example.org", "Lead", "x", SystemRole.STAFF, Instant.now()));
		return persist(new Workgroup(name + " " + this.tag + " " + UUID.randomUUID(), "Charge", lead.getId()));
	}

	/** A step; with a status it gets one progress update at {@code at}. */
	private ActionStep step(Aim aim, Workgroup workgroup, int weight, LocalDate due, StepStatus status, int percent,
			Instant at) {
		ActionStep step = persist(
				new ActionStep(new StepDetails(aim.getId(), workgroup.getId(), null, "Step", "", null, due, weight)));
		if (status != null) {
			step.recordProgress(this.author.getId(), status, percent, "Why", at);
		}
		return step;
	}

	private <T> T persist(T entity) {
		this.em.persist(entity);
		return entity;
	}

}
