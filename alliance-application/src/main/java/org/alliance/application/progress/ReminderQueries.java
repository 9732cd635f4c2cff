package org.alliance.application.progress;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alliance.domain.step.StepAttention;
import org.alliance.application.progress.StepRow;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The steps reminders and digests are about, with the same definitions of overdue, due
 * soon, at risk and stale as the dashboards ({@link StepAttention}). Only steps of active
 * plans: a draft or closed plan reminds nobody.
 */
@Repository
public class ReminderQueries {

	/** The first rows of a list, and how many there are in all. */
	public record Listing(List<StepRow> rows, long total) {

		public boolean isEmpty() {
			return this.rows.isEmpty();
		}

	}

	private static final String ACTIVE = """
			 join aim a on a.id = s.aim_id join plan pl on pl.id = s.plan_id and pl.status = 'ACTIVE' where true
			""";

	private final NamedParameterJdbcTemplate jdbc;

	ReminderQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A person's own open steps that are overdue, due soon, at risk or stale. */
	public Listing assignedNeedingAttention(long personId, LocalDate today, int limit) {
		return listing(" and s.assignee_id = :person and (" + OVERDUE_DUE_SOON_AT_RISK_OR_STALE + ")",
				params(today).addValue("person", personId), limit);
	}

	/**
	 * The open steps of the workgroups a person leads that are overdue, at risk or stale,
	 * other than their own (those are in their own list).
	 */
	public Listing ledNeedingAttention(long leadId, LocalDate today, int limit) {
		return listing("""
				 and s.workgroup_id in (select m.workgroup_id from workgroup_membership m
				  where m.person_id = :person and m.role = 'LEAD')
				 and s.assignee_id is distinct from :person and (%s or %s or (%s))
				""".formatted(ProgressQueries.OVERDUE, ProgressQueries.AT_RISK, ProgressQueries.STALE),
				params(today).addValue("person", leadId), limit);
	}

	/** A person's open steps in one workgroup, for a reminder to that workgroup. */
	public Listing openAssignedIn(long personId, long workgroupId, LocalDate today, int limit) {
		return listing(" and s.assignee_id = :person and s.workgroup_id = :workgroup and" + ProgressQueries.OPEN,
				params(today).addValue("person", personId).addValue("workgroup", workgroupId), limit);
	}

	private static final String OVERDUE_DUE_SOON_AT_RISK_OR_STALE = "(" + ProgressQueries.OVERDUE + ") or ("
			+ ProgressQueries.DUE_SOON + ") or (" + ProgressQueries.AT_RISK + ") or (" + ProgressQueries.STALE + ")";

	private Listing listing(String condition, MapSqlParameterSource params, int limit) {
		List<StepRow> rows = new ArrayList<>();
		long[] total = { 0 };
		this.jdbc.query("""
				select q.*, count(*) over () as total from (%s %s %s) q
				 order by q.due_date nulls last, q.aim_number, q.id limit :limit
				""".formatted(ProgressQueries.ROW, ACTIVE, condition), params.addValue("limit", limit),
				(RowCallbackHandler) (rs) -> {
					total[0] = rs.getLong("total");
					rows.add(ProgressQueries.STEP_ROW.mapRow(rs, 0));
				});
		return new Listing(List.copyOf(rows), total[0]);
	}

	private static MapSqlParameterSource params(LocalDate today) {
		return new MapSqlParameterSource().addValue("today", Date.valueOf(today))
			.addValue("soon", Date.valueOf(today.plusDays(StepAttention.DUE_SOON_DAYS)))
			.addValue("staleBefore", Date.valueOf(StepAttention.staleBefore(today)));
	}

}
