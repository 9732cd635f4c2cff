package org.alliance.persistence.equity;

import java.util.List;
import java.util.Optional;

import org.alliance.domain.equity.Indicator;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Equity indicators with their dimensions and linked steps. */
public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	@EntityGraph(attributePaths = { "dimensions", "linkedStepIds" })
	@Query("select distinct i from Indicator i order by i.name")
	List<Indicator> findAllByName();

	@EntityGraph(attributePaths = { "dimensions", "linkedStepIds" })
	@Query("select i from Indicator i where i.id = :id")
	Optional<Indicator> findWhole(@Param("id") Long id);

	boolean existsByNameIgnoreCase(String name);

	Optional<Indicator> findFirstByNameIgnoreCase(String name);

	@Query("select i.workgroupId from Indicator i where i.id = :id")
	Optional<Long> findWorkgroupIdOf(@Param("id") Long id);

	/**
	 * Every indicator by name, and whether it is linked to the step, in one statement.
	 */
	interface Choice {

		Long getId();

		String getName();

		boolean isLinked();

	}

	@Query(value = "select i.id as id, i.name as name, exists (select 1 from indicator_step s where s.indicator_id = i.id"
			+ " and s.step_id = :stepId) as linked from indicator i order by i.name", nativeQuery = true)
	List<Choice> choicesForStep(@Param("stepId") Long stepId);

}
