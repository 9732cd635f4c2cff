package org.alliance.application.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The read side of plans and their aims for pages and the API (ADR 18); how far a plan
 * has got is {@code ProgressQueries}.
 */
@Component
public class PlanViews {

	private final PlanRepository plans;

	private final AimRepository aims;

	PlanViews(PlanRepository plans, AimRepository aims) {
		this.plans = plans;
		this.aims = aims;
	}

	public Optional<Plan> plan(Long id) {
		return this.plans.findById(id);
	}

	public boolean planExists(Long id) {
		return this.plans.existsById(id);
	}

	public List<Plan> plans() {
		return this.plans.findAll();
	}

	public Page<Plan> plans(Pageable page) {
		return this.plans.findAll(page);
	}

	/** Every plan, the one that started last first. */
	public List<Plan> plansNewestFirst() {
		return this.plans.findAllByOrderByStartDateDescIdDesc();
	}

	public Optional<Aim> aim(Long id) {
		return this.aims.findById(id);
	}

	public List<Aim> aims() {
		return this.aims.findAll();
	}

	public List<Aim> aimsWithIds(Collection<Long> ids) {
		return this.aims.findAllById(ids);
	}

	/** A plan's aims by number. */
	public List<Aim> aimsOf(Long planId) {
		return this.aims.findByPlanIdOrderByNumberAsc(planId);
	}

}
