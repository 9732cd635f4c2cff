package org.alliance.persistence.impact;

import java.util.List;
import java.util.Optional;

import org.alliance.domain.impact.ImpactAnalysis;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Impact analyses as aggregates, and one with its indicators in one statement. Lists read
 * through the application's {@code AnalysisQueries}.
 */
public interface ImpactAnalysisRepository extends JpaRepository<ImpactAnalysis, Long> {

	@EntityGraph(attributePaths = "indicatorIds")
	@Query("select a from ImpactAnalysis a where a.id = :id")
	Optional<ImpactAnalysis> findWithIndicators(@Param("id") Long id);

	@Query("select a.workgroupId from ImpactAnalysis a where a.id = :id")
	Optional<Long> findWorkgroupIdOf(@Param("id") Long id);

	@Query("select a.ownerId from ImpactAnalysis a where a.id = :id")
	Optional<Long> findOwnerIdOf(@Param("id") Long id);

}
