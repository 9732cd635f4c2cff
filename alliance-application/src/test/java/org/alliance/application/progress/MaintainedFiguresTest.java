package org.alliance.application.progress;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.ProgressUpdate;
import org.alliance.domain.step.RollUp;
import org.alliance.domain.step.StepAttention;
import org.alliance.domain.step.StepDetails;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.progress.ProgressQueries.Group;
import org.alliance.application.progress.ProgressQueries.History;
import org.alliance.application.progress.ProgressQueries.Scope;
import org.alliance.application.progress.ProgressQueries.Summary;
import org.alliance.application.progress.ProgressQueries.Week;
import org.alliance.persistence.testsupport.PostgresTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures the database keeps up to date as changes happen (migration V7: the step
 * tally and the weekly progress sums, moved by triggers) always equal a full
 * recomputation: random sequences of step creations, progress updates (status changes,
 * not applicable and back), re-weighting and moves to another workgroup, aim or plan,
 * checked after every few changes against the base tables in SQL and against the domain's
 * {@link RollUp} and {@link StepAttention} computed from the entities.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(ProgressQueries.class)
class MaintainedFiguresTest extends PostgresTestSupport {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final Instant NOW = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

	@Autowired
	EntityManager em;

	@Autowired
	ProgressQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void maintainedFiguresEqualAFullRecomputationAfterRandomSequencesOfChanges() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Person author = persist(
				new Person("m-" + tag + "@example.org", "Author " + tag, "x", SystemRole.STAFF, Instant.now()));
		Random random = new Random(20261130L);
		StepStatus[] statuses = StepStatus.values();
		List<Plan> plans = new ArrayList<>();
		List<Aim> aims = new ArrayList<>();
		for (int p = 0; p < 2; p++) {
			Plan plan = persist(
					new Plan("Maintained " + tag + " " + p, "", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)));
			plans.add(plan);
			for (int a = 1; a <= 3; a++) {
				aims.add(persist(new Aim(plan.getId(), a, "Aim " + a, "")));
			}
		}
		List<Workgroup> workgroups = new ArrayList<>();
		for (int w = 0; w < 3; w++) {
			workgroups.add(persist(new Workgroup("Maintained " + tag + " " + w, "Charge", author.getId())));
		}
		List<ActionStep> steps = new ArrayList<>();
		Map<Long, List<ProgressUpdate>> history = new HashMap<>();
		for (int round = 0; round < 40; round++) {
			for (int change = 0; change < 1 + random.nextInt(8); change++) {
				int kind = steps.isEmpty() ? 0 : random.nextInt(10);
				if (kind <= 2) {
					ActionStep step = persist(new ActionStep(details(random, aims, workgroups)));
					steps.add(step);
					history.put(step.getId(), new ArrayList<>());
				}
				else if (kind <= 7) {
					ActionStep step = steps.get(random.nextInt(steps.size()));
					StepStatus status = statuses[random.nextInt(statuses.length)];
					int percent = (status == StepStatus.COMPLETED) ? 100 : random.nextInt(101);
					Instant at = NOW.minus(Duration.ofHours(random.nextInt(24 * 120)));
					history.get(step.getId()).add(step.recordProgress(author.getId(), status, percent, "Why", at));
				}
				else {
					// re-weighting, another workgroup, aim or plan
					steps.get(random.nextInt(steps.size())).revise(details(random, aims, workgroups));
				}
			}
			this.em.flush();
			assertTablesEqualRecomputation(round);
			for (Plan plan : plans) {
				assertFiguresEqualTheDomain(round, plan, null, steps, history);
				Workgroup workgroup = workgroups.get(random.nextInt(workgroups.size()));
				assertFiguresEqualTheDomain(round, plan, workgroup.getId(), steps, history);
			}
		}
	}

	private void assertTablesEqualRecomputation(int round) {
		Integer tallyDiffers = this.jdbc.queryForObject("""
				select count(*) from (
				 (select plan_id, aim_id, workgroup_id, status, updated, steps, weight, weighted
				  from step_tally where steps <> 0
				  except select plan_id, aim_id, workgroup_id, status, last_update_at is not null, count(*),
				  sum(weight), sum(weight * percent) from action_step group by 1, 2, 3, 4, 5)
				 union all
				 (select plan_id, aim_id, workgroup_id, status, last_update_at is not null, count(*),
				  sum(weight), sum(weight * percent) from action_step group by 1, 2, 3, 4, 5
				  except select plan_id, aim_id, workgroup_id, status, updated, steps, weight, weighted
				  from step_tally where steps <> 0)) d
				""", Integer.class);
		assertThat(tallyDiffers).as("round %d: step tally rows that differ from the steps", round).isZero();
		Integer weeksDiffer = this.jdbc.queryForObject("""
				with recomputed as (select s.plan_id, s.workgroup_id,
				  cast(date_trunc('week', u.recorded_at at time zone 'UTC') as date) as week,
				  sum((u.to_percent - u.from_percent) * case when s.status = 'NOT_APPLICABLE' then 0 else s.weight end)
				  as moved from progress_update u join action_step s on s.id = u.step_id group by 1, 2, 3)
				select count(*) from (
				 (select plan_id, workgroup_id, week, moved from progress_week where moved <> 0
				  except select * from recomputed where moved <> 0)
				 union all
				 (select * from recomputed where moved <> 0
				  except select plan_id, workgroup_id, week, moved from progress_week where moved <> 0)) d
				""", Integer.class);
		assertThat(weeksDiffer).as("round %d: weekly sums that differ from the history", round).isZero();
		Integer misplaced = this.jdbc.queryForObject(
				"select count(*) from progress_update u join action_step s on s.id = u.step_id where u.plan_id <> s.plan_id",
				Integer.class);
		assertThat(misplaced).as("round %d: updates filed under another plan than their step's", round).isZero();
	}

	private void assertFiguresEqualTheDomain(int round, Plan plan, Long workgroupId, List<ActionStep> steps,
			Map<Long, List<ProgressUpdate>> history) {
		Map<Long, Long> planOfAim = new HashMap<>();
		this.jdbc.query("select id, plan_id from aim",
				(RowCallbackHandler) (rs) -> planOfAim.put(rs.getLong(1), rs.getLong(2)));
		List<ActionStep> inScope = steps.stream()
			.filter((s) -> planOfAim.get(s.getAimId()).equals(plan.getId()))
			.filter((s) -> workgroupId == null || s.getWorkgroupId().equals(workgroupId))
			.toList();
		Scope scope = new Scope(plan.getId(), workgroupId);
		String what = "round %d, plan %s, workgroup %s".formatted(round, plan.getName(), workgroupId);
		Summary summary = this.queries.summary(scope, TODAY, NOW);

		assertThat(summary.overall()).as(what + ": overall").isEqualTo(RollUp.of(inputs(inScope)));
		for (Group aim : summary.aims()) {
			assertThat(aim.rollUp()).as(what + ": aim " + aim.number())
				.isEqualTo(RollUp.of(inputs(inScope.stream().filter((s) -> s.getAimId().equals(aim.id())).toList())));
		}
		Map<Long, List<ActionStep>> byWorkgroup = new HashMap<>();
		inScope.forEach((s) -> byWorkgroup.computeIfAbsent(s.getWorkgroupId(), (k) -> new ArrayList<>()).add(s));
		assertThat(summary.workgroups()).as(what + ": workgroups").hasSize(byWorkgroup.size());
		for (Group workgroup : summary.workgroups()) {
			assertThat(workgroup.rollUp()).as(what + ": workgroup " + workgroup.label())
				.isEqualTo(RollUp.of(inputs(byWorkgroup.get(workgroup.id()))));
		}
		Map<StepStatus, Long> byStatus = new EnumMap<>(StepStatus.class);
		for (StepStatus status : StepStatus.values()) {
			byStatus.put(status, inScope.stream().filter((s) -> s.getStatus() == status).count());
		}
		assertThat(summary.byStatus()).as(what + ": by status").isEqualTo(byStatus);
		assertThat(summary.attentionCounts()).as(what + ": attention")
			.containsEntry("overdue", inScope.stream().filter((s) -> s.isOverdue(TODAY)).count())
			.containsEntry("dueSoon",
					inScope.stream()
						.filter((s) -> StepAttention.isDueSoon(s.getStatus(), s.getDueDate(), TODAY))
						.count())
			.containsEntry("atRisk",
					inScope.stream().filter((s) -> StepAttention.AT_RISK.contains(s.getStatus())).count())
			.containsEntry("stale",
					inScope.stream()
						.filter((s) -> StepAttention.isStale(s.getStatus(), utcDay(s.getLastUpdateAt()),
								s.getStartDate(), TODAY))
						.count());
		long open = inScope.stream().filter((s) -> StepAttention.isOpen(s.getStatus())).count();
		long recent = inScope.stream()
			.filter((s) -> StepAttention.isOpen(s.getStatus()) && s.getLastUpdateAt() != null
					&& !s.getLastUpdateAt().isBefore(NOW.minus(Duration.ofDays(StepAttention.STALE_AFTER_DAYS))))
			.count();
		assertThat(summary.updatedWithin30Days()).as(what + ": updated within 30 days")
			.isEqualTo((open == 0) ? null : (Integer) (int) Math.round(recent * 100.0 / open));

		LocalDate from = TODAY.minusWeeks(12);
		History weeks = this.queries.history(scope, summary.overall().totalWeight(), from, TODAY, 10);
		assertThat(weeks.weeks()).as(what + ": progress over time")
			.isEqualTo(expectedWeeks(inScope, history, summary.overall().totalWeight(), from, TODAY));
	}

	/** Progress over time worked out from the entities: each update's weighted move. */
	private static List<Week> expectedWeeks(List<ActionStep> steps, Map<Long, List<ProgressUpdate>> history,
			long totalWeight, LocalDate from, LocalDate to) {
		Map<LocalDate, Long> moves = new TreeMap<>();
		for (ActionStep step : steps) {
			if (step.getStatus() == StepStatus.NOT_APPLICABLE) {
				continue;
			}
			for (ProgressUpdate update : history.get(step.getId())) {
				LocalDate week = utcDay(update.getRecordedAt()).with(DayOfWeek.MONDAY);
				moves.merge(week, (long) (update.getToPercent() - update.getFromPercent()) * step.getWeight(),
						Long::sum);
			}
		}
		List<Week> weeks = new ArrayList<>();
		LocalDate start = from.with(DayOfWeek.MONDAY);
		long running = moves.entrySet()
			.stream()
			.filter((e) -> e.getKey().isBefore(start))
			.mapToLong(Map.Entry::getValue)
			.sum();
		for (LocalDate week = start; !week.isAfter(to); week = week.plusWeeks(1)) {
			running += moves.getOrDefault(week, 0L);
			weeks.add(new Week(week, (totalWeight == 0) ? 0 : Math.round(running * 10.0 / totalWeight) / 10.0));
		}
		return weeks;
	}

	private static List<RollUp.Input> inputs(List<ActionStep> steps) {
		return steps.stream()
			.map((s) -> new RollUp.Input(s.getStatus(), s.getPercent(), s.getWeight(), s.getLastUpdateAt() != null))
			.toList();
	}

	private static StepDetails details(Random random, List<Aim> aims, List<Workgroup> workgroups) {
		LocalDate start = random.nextBoolean() ? TODAY.minusDays(random.nextInt(90)) : null;
		LocalDate due = (random.nextInt(5) == 0) ? null
				: (start != null) ? start.plusDays(random.nextInt(120)) : TODAY.plusDays(random.nextInt(60) - 30);
		return new StepDetails(aims.get(random.nextInt(aims.size())).getId(),
				workgroups.get(random.nextInt(workgroups.size())).getId(), null, "Step", "", start, due,
				1 + random.nextInt(ActionStep.WEIGHT_MAX));
	}

	private static LocalDate utcDay(Instant at) {
		return (at != null) ? LocalDate.ofInstant(at, ZoneOffset.UTC) : null;
	}

	private <T> T persist(T entity) {
		this.em.persist(entity);
		return entity;
	}

}
