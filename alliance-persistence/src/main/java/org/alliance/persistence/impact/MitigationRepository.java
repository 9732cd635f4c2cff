package org.alliance.persistence.impact;

import java.util.List;

import org.alliance.domain.impact.Mitigation;

import org.springframework.data.jpa.repository.JpaRepository;

/** The steps that mitigate an analysis's impacts. */
public interface MitigationRepository extends JpaRepository<Mitigation, Long> {

	List<Mitigation> findByAnalysisIdOrderByIdAsc(Long analysisId);

	boolean existsByAnalysisId(Long analysisId);

	boolean existsByEffectId(Long effectId);

}
