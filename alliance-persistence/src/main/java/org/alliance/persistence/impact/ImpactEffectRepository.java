package org.alliance.persistence.impact;

import java.util.List;

import org.alliance.domain.impact.ImpactEffect;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The impacts of an analysis, in the order they were added. */
public interface ImpactEffectRepository extends JpaRepository<ImpactEffect, Long> {

	List<ImpactEffect> findByAnalysisIdOrderByPositionAscIdAsc(Long analysisId);

	@Query("select coalesce(max(e.position), 0) from ImpactEffect e where e.analysisId = :analysisId")
	int lastPosition(@Param("analysisId") Long analysisId);

	boolean existsByAnalysisId(Long analysisId);

}
