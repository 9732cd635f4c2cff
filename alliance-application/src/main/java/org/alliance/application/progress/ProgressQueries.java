package org.alliance.application.progress;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.domain.step.RollUp;
import org.alliance.domain.step.StepAttention;
import org.alliance.domain.step.StepStatus;
import org.alliance.persistence.step.ChecklistItemRepository;
import org.alliance.application.progress.StepRow;
import org.alliance.application.progress.UpdateRow;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far plans have got: roll-ups by aim, workgroup and status, the attention lists,
 * filtered step lists, progress over time and the update history, for dashboards, plan
 * pages, workgroup pages, reports and exports. PostgreSQL computes them, so a page costs
 * a handful of statements whether the plan has twenty steps or twenty thousand. Roll-ups
 * and progress over time are read from sums the database keeps up to date in the
 * transaction of every change ({@code step_tally}, {@code progress_week}, migration V7),
 * so their cost after a change does not grow with the plan or its history. The rules are
 * the domain's: the roll-up of {@link RollUp} (weighted mean, not applicable left out, no
 * update counts as 0%) and open, overdue, due soon, at risk and stale of
 * {@link StepAttention}.
 */
@Repository
@Transactional(readOnly = true)
public class ProgressQueries {

	/** Which steps a list or count is about. */
	public record Scope(long planId, Long workgroupId) {

		MapSqlParameterSource params() {
			return new MapSqlParameterSource("plan", this.planId).addValue("workgroup", this.workgroupId);
		}

	}

	/** A roll-up of one aim or workgroup. */
	public record Group(Long id, String label, int number, RollUp rollUp) {
	}

	/**
	 * One week of the progress-over-time series: the plan percent at the end of that
	 * week.
	 */
	public record Week(LocalDate weekStart, double percent) {
	}

	/** Filters for a list of steps. */
	public record StepFilter(StepStatus status, boolean overdue, boolean dueSoon, boolean atRisk, boolean stale,
			LocalDate today) {

		public static StepFilter none(LocalDate today) {
			return new StepFilter(null, false, false, false, false, today);
		}

	}

	/** The columns a list of steps can be sorted by. */
	public enum StepOrder {

		title, aim, status, percent, due, workgroup, assignee

	}

	/**
	 * The order of a list of steps: a column and a direction, always ending on the step's
	 * id so pages never overlap. Only these fixed expressions reach the SQL.
	 */
	public record StepSort(StepOrder by, boolean descending) {

		/** Soonest due first, as lists have always been. */
		public static final StepSort DEFAULT = new StepSort(StepOrder.due, false);

		/** The sort a link asks for; an unknown column or direction gives the default. */
		public static StepSort of(@Nullable String by, @Nullable String direction) {
			for (StepOrder order : StepOrder.values()) {
				if (order.name().equals(by)) {
					return new StepSort(order, "desc".equals(direction));
				}
			}
			return DEFAULT;
		}

		public boolean isDefault() {
			return DEFAULT.equals(this);
		}

		String sql() {
			String dir = this.descending ? " desc" : " asc";
			return switch (this.by) {
				case title -> "lower(s.title)" + dir + ", s.id";
				case aim -> "a.number" + dir + ", s.due_date nulls last, s.id";
				case status -> "array_position(array['NOT_STARTED', 'IN_PROGRESS', 'AT_RISK', 'BLOCKED', "
						+ "'COMPLETED', 'NOT_APPLICABLE']::varchar[], s.status::varchar)" + dir + ", s.id";
				case percent -> "s.percent" + dir + ", s.id";
				case due -> "s.due_date" + dir + " nulls last, a.number, s.id";
				case workgroup -> "lower(w.name)" + dir + ", s.due_date nulls last, s.id";
				case assignee -> "lower(p.display_name)" + dir + " nulls last, s.due_date nulls last, s.id";
			};
		}

	}

	static final String SCOPE = """
			 join aim a on a.id = s.aim_id where s.plan_id = :plan
			 and (cast(:workgroup as bigint) is null or s.workgroup_id = :workgroup)
			""";

	/** The scope's steps without the aim: for counts that need no aim. */
	static final String STEPS_IN_SCOPE = """
			 from action_step s where s.plan_id = :plan
			 and (cast(:workgroup as bigint) is null or s.workgroup_id = :workgroup)
			""";

	/** The roll-up's sums; {@link RollUp#ofSums} turns them into the figure. */
	static final String SUMS = """
			count(s.id) filter (where s.status <> 'NOT_APPLICABLE') as counted,
			coalesce(sum(s.weight) filter (where s.status <> 'NOT_APPLICABLE'), 0) as total_weight,
			coalesce(sum(s.weight * s.percent) filter (where s.status <> 'NOT_APPLICABLE'
			    and s.last_update_at is not null), 0) as weighted,
			count(s.id) filter (where s.status = 'NOT_APPLICABLE') as not_applicable,
			count(s.id) filter (where s.status <> 'NOT_APPLICABLE' and s.last_update_at is null) as no_update
			""";

	/** {@link StepAttention#isOpen}. */
	static final String OPEN = " s.status not in (" + quoted(StepAttention.CLOSED) + ") ";

	/** {@link StepAttention#AT_RISK}. */
	static final String AT_RISK = " s.status in (" + quoted(StepAttention.AT_RISK) + ") ";

	/** {@link StepAttention#isOverdue}. */
	static final String OVERDUE = " s.due_date < :today and" + OPEN;

	/** {@link StepAttention#isDueSoon}. */
	static final String DUE_SOON = " s.due_date >= :today and s.due_date <= :soon and" + OPEN;

	/** {@link StepAttention#isStale}. */
	static final String STALE = OPEN + """
			 and (s.last_update_at < :staleBefore
			 or (s.last_update_at is null and coalesce(s.start_date, :today) <= :staleBefore))
			""";

	static final String ROW = """
			select s.id, s.title, s.status, s.percent, s.start_date, s.due_date, s.last_update_at,
			 s.weight, w.id as workgroup_id, w.name as workgroup_name, p.id as assignee_id,
			 p.display_name as assignee_name, a.id as aim_id, a.number as aim_number, a.title as aim_title,
			 a.plan_id from action_step s join workgroup w on w.id = s.workgroup_id
			 left join person p on p.id = s.assignee_id
			""";

	static final RowMapper<StepRow> STEP_ROW = (rs, i) -> new StepRow(rs.getLong("id"), rs.getString("title"),
			StepStatus.valueOf(rs.getString("status")), rs.getInt("percent"), date(rs, "start_date"),
			date(rs, "due_date"), instant(rs, "last_update_at"), rs.getInt("weight"), rs.getLong("workgroup_id"),
			rs.getString("workgroup_name"), (Long) rs.getObject("assignee_id"), rs.getString("assignee_name"),
			rs.getLong("aim_id"), rs.getInt("aim_number"), rs.getString("aim_title"), rs.getLong("plan_id"));

	private final NamedParameterJdbcTemplate jdbc;

	ProgressQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Everything countable about a scope, from one statement. */
	/**
	 * @param updatedWithin30Days the percentage of open steps updated in the last 30
	 * days; {@code null} when there is no open step (never a percentage of nothing)
	 */
	public record Summary(RollUp overall, List<Group> aims, List<Group> workgroups, Map<StepStatus, Long> byStatus,
			Map<String, Long> attentionCounts, @Nullable Integer updatedWithin30Days) {
	}

	/**
	 * Overall, per-aim, per-workgroup and per-status figures, the attention counts and
	 * the share of open steps updated in the last 30 days, in one statement: grouping
	 * sets over the maintained tally, and the counts that depend on today from indexes on
	 * open steps.
	 */
	public Summary summary(Scope scope, LocalDate today, Instant now) {
		MapSqlParameterSource params = filterParams(scope, StepFilter.none(today)).addValue("since",
				Timestamp.from(now.minus(Duration.ofDays(StepAttention.STALE_AFTER_DAYS))));
		List<Group> aims = new ArrayList<>();
		List<Group> workgroups = new ArrayList<>();
		Map<StepStatus, Long> byStatus = new EnumMap<>(StepStatus.class);
		for (StepStatus status : StepStatus.values()) {
			byStatus.put(status, 0L);
		}
		Map<String, Long> attention = new LinkedHashMap<>();
		RollUp[] overall = new RollUp[1];
		Integer[] updated = new Integer[1];
		// roll-ups, status and open counts from the maintained tally (a few rows per aim
		// and
		// workgroup); what depends on today from the partial indexes on open steps
		String tally = """
				coalesce(sum(t.steps) filter (where t.status <> 'NOT_APPLICABLE'), 0) as counted,
				coalesce(sum(t.weight) filter (where t.status <> 'NOT_APPLICABLE'), 0) as total_weight,
				coalesce(sum(t.weighted) filter (where t.status <> 'NOT_APPLICABLE' and t.updated), 0) as weighted,
				coalesce(sum(t.steps) filter (where t.status = 'NOT_APPLICABLE'), 0) as not_applicable,
				coalesce(sum(t.steps) filter (where t.status <> 'NOT_APPLICABLE' and not t.updated), 0) as no_update
				""";
		String sql = """
				select grouping(a.id) as g_aim, grouping(w.id) as g_wg, grouping(t.status) as g_status,
				 a.id as aim_id, a.number as aim_number, a.title as aim_title, w.id as wg_id, w.name as wg_name,
				 t.status, %s,
				 coalesce(sum(t.steps) filter (where %s), 0) as at_risk,
				 coalesce(sum(t.steps) filter (where %s), 0) as open_total,
				 (select count(*) %s and %s) as overdue,
				 (select count(*) %s and %s) as due_soon,
				 (select count(*) %s and %s and s.last_update_at < :staleBefore)
				 + (select count(*) %s and %s and s.last_update_at is null
				 and coalesce(s.start_date, :today) <= :staleBefore) as stale,
				 (select count(*) %s and %s and s.last_update_at >= :since) as open_recent
				 from aim a left join step_tally t on t.aim_id = a.id and t.steps <> 0
				 and (cast(:workgroup as bigint) is null or t.workgroup_id = :workgroup)
				 left join workgroup w on w.id = t.workgroup_id where a.plan_id = :plan
				 group by grouping sets ((a.id, a.number, a.title), (w.id, w.name), (t.status), ())
				 order by a.number, w.name
				""".formatted(tally, AT_RISK.replace("s.status", "t.status"), OPEN.replace("s.status", "t.status"),
				STEPS_IN_SCOPE, OVERDUE, STEPS_IN_SCOPE, DUE_SOON, STEPS_IN_SCOPE, OPEN, STEPS_IN_SCOPE, OPEN,
				STEPS_IN_SCOPE, OPEN);
		this.jdbc.query(sql, params, (RowCallbackHandler) (rs) -> {
			boolean aim = rs.getInt("g_aim") == 0;
			boolean workgroup = rs.getInt("g_wg") == 0;
			boolean status = rs.getInt("g_status") == 0;
			if (aim) {
				aims.add(new Group(rs.getLong("aim_id"), rs.getString("aim_title"), rs.getInt("aim_number"),
						rollUp(rs)));
			}
			else if (workgroup) {
				if (rs.getObject("wg_id") != null) {
					workgroups.add(new Group(rs.getLong("wg_id"), rs.getString("wg_name"), 0, rollUp(rs)));
				}
			}
			else if (status) {
				if (rs.getString("status") != null) {
					byStatus.put(StepStatus.valueOf(rs.getString("status")),
							rs.getLong("counted") + rs.getLong("not_applicable"));
				}
			}
			else {
				overall[0] = rollUp(rs);
				attention.put("overdue", rs.getLong("overdue"));
				attention.put("dueSoon", rs.getLong("due_soon"));
				attention.put("atRisk", rs.getLong("at_risk"));
				attention.put("stale", rs.getLong("stale"));
				long openTotal = rs.getLong("open_total");
				updated[0] = (openTotal == 0) ? null : (int) Math.round(rs.getLong("open_recent") * 100.0 / openTotal);
			}
		});
		return new Summary(overall[0], aims, workgroups, byStatus, attention, updated[0]);
	}

	/**
	 * The first rows of each attention list (overdue, due soon, at risk, stale), in one
	 * statement.
	 */
	public Map<String, List<StepRow>> attentionRows(Scope scope, LocalDate today, int limit) {
		MapSqlParameterSource params = filterParams(scope, StepFilter.none(today)).addValue("limit", limit);
		Map<String, String> lists = new LinkedHashMap<>();
		lists.put("overdue", OVERDUE);
		lists.put("dueSoon", DUE_SOON);
		lists.put("atRisk", AT_RISK);
		lists.put("stale", STALE);
		List<String> parts = new ArrayList<>();
		Map<String, List<StepRow>> rows = new LinkedHashMap<>();
		lists.forEach((kind, condition) -> {
			parts.add(
					"(select '%s' as kind, q.* from (%s %s and %s order by s.due_date nulls last, a.number, s.id limit :limit) q)"
						.formatted(kind, ROW, SCOPE, condition));
			rows.put(kind, new ArrayList<>());
		});
		String sql = String.join(" union all ", parts);
		this.jdbc.query(sql, params,
				(RowCallbackHandler) (rs) -> rows.get(rs.getString("kind")).add(STEP_ROW.mapRow(rs, 0)));
		return rows;
	}

	/** How many steps match the filter. */
	public long count(Scope scope, StepFilter filter) {
		MapSqlParameterSource params = filterParams(scope, filter);
		return this.jdbc.queryForObject("select count(*) from action_step s" + SCOPE + where(filter), params,
				Long.class);
	}

	/** One page of the steps that match the filter, soonest due first. */
	public List<StepRow> rows(Scope scope, StepFilter filter, int offset, int limit) {
		return rows(scope, filter, StepSort.DEFAULT, offset, limit);
	}

	/** One page of the steps that match the filter, in the given order. */
	public List<StepRow> rows(Scope scope, StepFilter filter, StepSort sort, int offset, int limit) {
		MapSqlParameterSource params = filterParams(scope, filter).addValue("offset", offset).addValue("limit", limit);
		return this.jdbc.query(ROW + SCOPE + where(filter) + " order by " + sort.sql() + " offset :offset limit :limit",
				params, STEP_ROW);
	}

	/**
	 * Streams every matching step, for exports: memory stays flat whatever the plan's
	 * size.
	 */
	public void eachRow(Scope scope, StepFilter filter, Consumer<StepRow> consumer) {
		this.jdbc.query(ROW + SCOPE + where(filter) + " order by a.number, s.due_date nulls last, s.id",
				filterParams(scope, filter), (RowCallbackHandler) (rs) -> consumer.accept(STEP_ROW.mapRow(rs, 0)));
	}

	/**
	 * Streams the update history of the scope between two dates (inclusive), newest
	 * first.
	 */
	public void eachUpdate(Scope scope, LocalDate from, LocalDate to, RowCallbackHandler handler) {
		MapSqlParameterSource params = scope.params()
			.addValue("from", (from != null) ? Date.valueOf(from) : null)
			.addValue("to", (to != null) ? Date.valueOf(to.plusDays(1)) : null);
		this.jdbc.query("""
				select u.recorded_at, s.id as step_id, s.title, w.name as workgroup_name,
				 p.display_name as author, u.from_status, u.to_status, u.from_percent, u.to_percent, u.narrative
				 from progress_update u join action_step s on s.id = u.step_id
				 join workgroup w on w.id = s.workgroup_id join person p on p.id = u.author_id %s
				 and (cast(:from as date) is null or u.recorded_at >= cast(:from as date))
				 and (cast(:to as date) is null or u.recorded_at < cast(:to as date))
				 order by u.recorded_at desc, u.id desc
				""".formatted(SCOPE), params, handler);
	}

	/** A plan as a dashboard offers and heads it. */
	public record PlanChoice(Long id, String name, PlanStatus status, LocalDate startDate) {

		public static PlanChoice of(Plan plan) {
			return new PlanChoice(plan.getId(), plan.getName(), plan.getStatus(), plan.getStartDate());
		}

	}

	/** A workgroup as a dashboard's filter offers it. */
	public record WorkgroupChoice(Long id, String name) {
	}

	/**
	 * What a dashboard's filters offer: plans newest first (with how many steps each
	 * has), workgroups by name.
	 */
	public record Choices(List<PlanChoice> plans, List<WorkgroupChoice> workgroups, Map<Long, Long> stepsByPlan) {
	}

	/** Every plan and every workgroup for the dashboard's filters, in one statement. */
	public Choices choices() {
		List<PlanChoice> plans = new ArrayList<>();
		List<WorkgroupChoice> workgroups = new ArrayList<>();
		Map<Long, Long> steps = new HashMap<>();
		// plans newest first (same start: the newer one), workgroups by name; each plan's
		// step count from the maintained tally
		this.jdbc.query("""
				select 'plan' as kind, id, name, status, start_date, -id as newer,
				 (select coalesce(sum(t.steps), 0) from step_tally t where t.plan_id = plan.id) as steps from plan
				union all select 'workgroup', id, name, null, null, null, null from workgroup
				order by kind, start_date desc, newer, name, id
				""", Map.of(), (RowCallbackHandler) (rs) -> {
			if ("plan".equals(rs.getString("kind"))) {
				plans.add(new PlanChoice(rs.getLong("id"), rs.getString("name"),
						PlanStatus.valueOf(rs.getString("status")), date(rs, "start_date")));
				steps.put(rs.getLong("id"), rs.getLong("steps"));
			}
			else {
				workgroups.add(new WorkgroupChoice(rs.getLong("id"), rs.getString("name")));
			}
		});
		return new Choices(List.copyOf(plans), List.copyOf(workgroups), Map.copyOf(steps));
	}

	/** Progress over time and the latest updates of a scope within a period. */
	public record History(List<Week> weeks, List<UpdateRow> recent,
			List<ChecklistItemRepository.ChecklistRow> checklists) {
	}

	/**
	 * The plan percent at the end of each week and the newest updates within the period,
	 * in one statement. Each update moves its step by {@code to - from} percent, so the
	 * weighted running sum of those moves is the weighted sum of every step's percent at
	 * that time; the database keeps those sums per plan, workgroup and week
	 * ({@code progress_week}, moved by triggers in the transaction of each change), so
	 * the cost does not grow with the history. Steps now marked not applicable are left
	 * out of the weeks, as in the roll-up. The same statement counts the items ticked of
	 * each checklist step of the scope.
	 */
	public History history(Scope scope, long totalWeight, LocalDate from, LocalDate to, int limit) {
		MapSqlParameterSource params = scope.params()
			.addValue("from", Date.valueOf(from))
			.addValue("to", Date.valueOf(to.plusDays(1)))
			.addValue("limit", limit);
		Map<LocalDate, Long> moves = new TreeMap<>();
		List<UpdateRow> recent = new ArrayList<>();
		List<ChecklistItemRepository.ChecklistRow> checklists = new ArrayList<>();
		this.jdbc.query("""
				(select 'week' as kind, w.week, sum(w.moved) as moved, cast(null as bigint) as id,
				 cast(null as bigint) as step_id, cast(null as timestamptz) as recorded_at,
				 cast(null as bigint) as author_id, cast(null as text) as display_name,
				 cast(null as text) as from_status, cast(null as text) as to_status,
				 cast(null as int) as from_percent, cast(null as int) as to_percent,
				 cast(null as text) as narrative from progress_week w where w.plan_id = :plan
				 and (cast(:workgroup as bigint) is null or w.workgroup_id = :workgroup)
				 group by w.week)
				union all (select 'recent', null, null, u.id, u.step_id, u.recorded_at, u.author_id,
				 p.display_name, u.from_status, u.to_status, u.from_percent, u.to_percent, u.narrative
				 from progress_update u join action_step s on s.id = u.step_id join person p on p.id = u.author_id
				 where u.plan_id = :plan and (cast(:workgroup as bigint) is null or s.workgroup_id = :workgroup)
				 and u.recorded_at >= :from and u.recorded_at < :to
				 order by u.recorded_at desc, u.id desc limit :limit)
				union all (select 'checklist', null, null, s.id, null, null, null, w.name, null, null,
				 cast(count(c.done_on) as int), cast(count(c.id) as int), s.title
				 from checklist_item c join action_step s on s.id = c.step_id join aim a on a.id = s.aim_id
				 join workgroup w on w.id = s.workgroup_id
				 where s.plan_id = :plan and (cast(:workgroup as bigint) is null or s.workgroup_id = :workgroup)
				 group by s.id, s.title, w.name, a.number order by a.number, s.id)
				""", params, (RowCallbackHandler) (rs) -> {
			String kind = rs.getString("kind");
			if ("week".equals(kind)) {
				moves.put(rs.getDate("week").toLocalDate(), rs.getLong("moved"));
			}
			else if ("checklist".equals(kind)) {
				// a checklist step: its items ticked (from) of its items (to)
				checklists.add(new ChecklistItemRepository.ChecklistRow(rs.getLong("id"), rs.getString("narrative"),
						rs.getString("display_name"), rs.getInt("to_percent"), rs.getInt("from_percent")));
			}
			else {
				recent.add(new UpdateRow(rs.getLong("id"), rs.getLong("step_id"), instant(rs, "recorded_at"),
						rs.getLong("author_id"), rs.getString("display_name"),
						StepStatus.valueOf(rs.getString("from_status")), StepStatus.valueOf(rs.getString("to_status")),
						rs.getInt("from_percent"), rs.getInt("to_percent"), rs.getString("narrative")));
			}
		});
		return new History(weeks(moves, totalWeight, from, to), List.copyOf(recent), List.copyOf(checklists));
	}

	private static List<Week> weeks(Map<LocalDate, Long> moves, long totalWeight, LocalDate from, LocalDate to) {
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

	/** Each workgroup's roll-up over all its steps, whatever plan they belong to. */
	public Map<Long, RollUp> byWorkgroupAcrossPlans() {
		Map<Long, RollUp> result = new HashMap<>();
		this.jdbc
			.query("select w.id, %s from workgroup w left join action_step s on s.workgroup_id = w.id group by w.id"
				.formatted(SUMS), Map.of(), (RowCallbackHandler) (rs) -> result.put(rs.getLong("id"), rollUp(rs)));
		return result;
	}

	/** One workgroup's roll-up over all its steps, whatever plan they belong to. */
	public RollUp ofWorkgroup(long workgroupId) {
		return this.jdbc.queryForObject(
				"select %s from action_step s where s.workgroup_id = :workgroup".formatted(SUMS),
				new MapSqlParameterSource("workgroup", workgroupId), (rs, i) -> rollUp(rs));
	}

	/** One page of a workgroup's steps across plans, in the given order. */
	public List<StepRow> rowsOfWorkgroup(long workgroupId, StepSort sort, int offset, int limit) {
		return this.jdbc.query("""
				%s join aim a on a.id = s.aim_id where s.workgroup_id = :workgroup
				 order by %s offset :offset limit :limit
				""".formatted(ROW, sort.sql()),
				new MapSqlParameterSource("workgroup", workgroupId).addValue("offset", offset).addValue("limit", limit),
				STEP_ROW);
	}

	private static MapSqlParameterSource filterParams(Scope scope, StepFilter filter) {
		return scope.params()
			.addValue("status", (filter.status() != null) ? filter.status().name() : null)
			.addValue("today", Date.valueOf(filter.today()))
			.addValue("soon", Date.valueOf(filter.today().plusDays(StepAttention.DUE_SOON_DAYS)))
			.addValue("staleBefore", Date.valueOf(StepAttention.staleBefore(filter.today())));
	}

	private static String where(StepFilter filter) {
		StringBuilder where = new StringBuilder();
		if (filter.status() != null) {
			where.append(" and s.status = :status");
		}
		if (filter.overdue()) {
			where.append(" and").append(OVERDUE);
		}
		if (filter.dueSoon()) {
			where.append(" and").append(DUE_SOON);
		}
		if (filter.atRisk()) {
			where.append(" and").append(AT_RISK);
		}
		if (filter.stale()) {
			where.append(" and").append(STALE);
		}
		return where.toString();
	}

	private static String quoted(Set<StepStatus> statuses) {
		return statuses.stream().map((s) -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", "));
	}

	private static RollUp rollUp(ResultSet rs) throws SQLException {
		return RollUp.ofSums(rs.getLong("counted"), rs.getLong("total_weight"), rs.getLong("weighted"),
				rs.getLong("not_applicable"), rs.getLong("no_update"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
