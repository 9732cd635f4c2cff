package org.alliance.persistence.step;

import java.util.Optional;

import org.alliance.domain.step.ActionStep;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Action steps as aggregates, for changing them. Reading lists goes through
 * {@link StepQueries}.
 */
public interface ActionStepRepository extends JpaRepository<ActionStep, Long> {

	@Query("select s.workgroupId from ActionStep s where s.id = :id")
	Optional<Long> findWorkgroupIdOf(@Param("id") Long id);

}
