package org.alliance.application.impact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.impact.ImpactAnalysis;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The read side of impact analyses: the rows of lists and the dashboard, with the names
 * around each analysis, each in one statement.
 */
public interface AnalysisQueries extends Repository<ImpactAnalysis, Long> {

	String ROW = "select new org.alliance.application.impact.AnalysisRow(a.id, a.title, a.subjectKind, a.status,"
			+ " a.reviewDate, pl.id, pl.name, w.id, w.name, p.id, p.displayName) from ImpactAnalysis a"
			+ " join Plan pl on pl.id = a.planId join Workgroup w on w.id = a.workgroupId"
			+ " join Person p on p.id = a.ownerId ";

	@Query(ROW + "where a.id = :id")
	Optional<AnalysisRow> row(@Param("id") Long id);

	/** Every analysis, those awaiting sign-off first, then by review date. */
	@Query(ROW + "order by case when a.status = org.alliance.domain.impact.AnalysisStatus.AWAITING_SIGN_OFF"
			+ " then 0 else 1 end, a.reviewDate nulls last, a.id")
	List<AnalysisRow> rows();

	/**
	 * A plan's analyses that need someone: awaiting sign-off, or past their review date
	 * without an evaluation.
	 */
	@Query(ROW + "where a.planId = :planId and (a.status = org.alliance.domain.impact.AnalysisStatus.AWAITING_SIGN_OFF"
			+ " or (a.reviewDate < :today and a.status <> org.alliance.domain.impact.AnalysisStatus.EVALUATED))"
			+ " order by a.reviewDate nulls last, a.id")
	List<AnalysisRow> needingAttention(@Param("planId") Long planId, @Param("today") LocalDate today);

}
