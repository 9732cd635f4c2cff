package org.alliance.application.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.step.ActionStep;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Read-only queries behind lists and dashboards. Each returns flat rows in one statement,
 * so a page costs the same number of queries whatever the size of the plan.
 */
public interface StepQueries extends Repository<ActionStep, Long> {

	String ROW = "select new org.alliance.application.progress.StepRow(s.id, s.title, s.status, s.percent, s.startDate,"
			+ " s.dueDate, s.lastUpdateAt, s.weight, w.id, w.name, p.id, p.displayName, a.id, a.number, a.title,"
			+ " a.planId) from ActionStep s join Workgroup w on w.id = s.workgroupId join Aim a on a.id = s.aimId"
			+ " left join Person p on p.id = s.assigneeId ";

	String UPDATE_ROW = "select new org.alliance.application.progress.UpdateRow(u.id, u.step.id, u.recordedAt,"
			+ " u.authorId, p.displayName, u.fromStatus, u.toStatus, u.fromPercent, u.toPercent, u.narrative)"
			+ " from ProgressUpdate u join Person p on p.id = u.authorId ";

	@Query(ROW + "where a.planId = :planId order by a.number, s.dueDate nulls last, s.id")
	List<StepRow> rowsOfPlan(@Param("planId") Long planId);

	@Query(ROW + "where s.workgroupId = :workgroupId order by s.dueDate nulls last, s.id")
	List<StepRow> rowsOfWorkgroup(@Param("workgroupId") Long workgroupId);

	@Query(ROW + "where s.id in :ids order by s.dueDate nulls last, s.id")
	List<StepRow> rowsWithIds(@Param("ids") Collection<Long> ids);

	@Query("select s, w.name, p.displayName, a.number, a.title, a.planId, (select m.role from Workgroup w2"
			+ " join w2.memberships m where w2.id = s.workgroupId and m.personId = :viewerId) from ActionStep s"
			+ " join Workgroup w on w.id = s.workgroupId join Aim a on a.id = s.aimId"
			+ " left join Person p on p.id = s.assigneeId where s.id = :id")
	List<Object[]> stepWithContext(@Param("id") Long id, @Param("viewerId") Long viewerId);

	/**
	 * The step page's step, its names and the reader's role in its workgroup, in one
	 * statement.
	 */
	default Optional<StepInContext> inContext(Long id, Long viewerId) {
		return stepWithContext(id, viewerId).stream().findFirst().map(StepInContext::of);
	}

	/**
	 * Open steps assigned to the person or owned by one of their workgroups, soonest due
	 * first (overdue ones therefore lead).
	 */
	@Query(ROW + "where s.status not in (org.alliance.domain.step.StepStatus.COMPLETED,"
			+ " org.alliance.domain.step.StepStatus.NOT_APPLICABLE) and (s.assigneeId = :personId"
			+ " or s.workgroupId in (select w2.id from Workgroup w2 join w2.memberships m where m.personId = :personId))"
			+ " order by s.dueDate nulls last, s.id")
	List<StepRow> openRowsFor(@Param("personId") Long personId, Pageable page);

	@Query("select count(s) from ActionStep s where s.status not in (org.alliance.domain.step.StepStatus.COMPLETED,"
			+ " org.alliance.domain.step.StepStatus.NOT_APPLICABLE) and (s.assigneeId = :personId"
			+ " or s.workgroupId in (select w2.id from Workgroup w2 join w2.memberships m where m.personId = :personId))")
	long countOpenFor(@Param("personId") Long personId);

	@Query(UPDATE_ROW + "where u.step.id = :stepId order by u.recordedAt desc, u.id desc")
	List<UpdateRow> historyOf(@Param("stepId") Long stepId);

	@Query(UPDATE_ROW + "join ActionStep s on s.id = u.step.id join Aim a on a.id = s.aimId"
			+ " where a.planId = :planId order by u.recordedAt desc, u.id desc")
	List<UpdateRow> recentUpdatesOfPlan(@Param("planId") Long planId, Limit limit);

	/** The workgroup that owns a step, without loading it. */
	@Query("select s.workgroupId from ActionStep s where s.id = :id")
	Optional<Long> workgroupIdOf(@Param("id") Long id);

}
