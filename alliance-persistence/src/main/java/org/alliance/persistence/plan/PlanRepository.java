package org.alliance.persistence.plan;

import java.util.List;

import org.alliance.domain.plan.Plan;

import org.springframework.data.jpa.repository.JpaRepository;

/** Plans. */
public interface PlanRepository extends JpaRepository<Plan, Long> {

	List<Plan> findAllByOrderByStartDateDescIdDesc();

}
