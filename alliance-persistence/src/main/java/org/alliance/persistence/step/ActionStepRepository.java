package org.alliance.persistence.step;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.alliance.domain.step.ActionStep;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Action steps as aggregates, for changing them. Reading lists goes through
 * {@link StepQueries}.
 */
public interface ActionStepRepository extends JpaRepository<ActionStep, Long> {

	/**
	 * The step, its row locked until the transaction ends: ticks of one checklist are
	 * counted one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from ActionStep s where s.id = :id")
	Optional<ActionStep> lockById(@Param("id") Long id);

	/** The steps of some aims, in the order they were added. */
	List<ActionStep> findByAimIdInOrderByIdAsc(Collection<Long> aimIds);

	@Query("select s.workgroupId from ActionStep s where s.id = :id")
	Optional<Long> findWorkgroupIdOf(@Param("id") Long id);

	/**
	 * The steps of a workgroup still open and assigned to a person, soonest due first.
	 */
	@Query("""
			select s from ActionStep s where s.workgroupId = :workgroupId and s.assigneeId = :personId
			 and s.status not in (org.alliance.domain.step.StepStatus.COMPLETED,
			 org.alliance.domain.step.StepStatus.NOT_APPLICABLE)
			 order by s.dueDate nulls last, s.id""")
	List<ActionStep> findOpenAssigned(@Param("workgroupId") Long workgroupId, @Param("personId") Long personId);

}
