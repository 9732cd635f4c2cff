package org.alliance.persistence.plan;

import java.util.List;

import org.alliance.domain.plan.Aim;

import org.springframework.data.jpa.repository.JpaRepository;

/** Aims of plans. */
public interface AimRepository extends JpaRepository<Aim, Long> {

	List<Aim> findByPlanIdOrderByNumberAsc(Long planId);

	boolean existsByPlanIdAndNumber(Long planId, int number);

}
