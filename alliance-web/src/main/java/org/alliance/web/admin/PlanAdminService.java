package org.alliance.web.admin;

import java.util.Objects;

import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.web.shared.NotFoundException;
import org.alliance.web.shared.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans and aims, as administrators create and revise them. */
@Service
@Transactional
class PlanAdminService {

	private final PlanRepository plans;

	private final AimRepository aims;

	PlanAdminService(PlanRepository plans, AimRepository aims) {
		this.plans = plans;
		this.aims = aims;
	}

	Plan create(PlanForm form) {
		Plan plan = new Plan(form.name(), form.description(), form.startDate(), form.endDate());
		plan.changeStatus(form.status());
		return this.plans.save(plan);
	}

	void revise(Long id, PlanForm form) {
		Plan plan = plan(id);
		if (!Objects.equals(plan.getVersion(), form.version())) {
			throw new StaleEditException();
		}
		plan.revise(form.name(), form.description(), form.startDate(), form.endDate());
		plan.changeStatus(form.status());
		this.plans.flush();
	}

	Aim addAim(Long planId, AimForm form) {
		plan(planId);
		if (this.aims.existsByPlanIdAndNumber(planId, form.number())) {
			throw new DomainRuleException("aim.number.taken", "number");
		}
		return this.aims.save(new Aim(planId, form.number(), form.title(), form.description()));
	}

	void reviseAim(Long aimId, AimForm form) {
		Aim aim = aim(aimId);
		if (!Objects.equals(aim.getVersion(), form.version())) {
			throw new StaleEditException();
		}
		if (aim.getNumber() != form.number() && this.aims.existsByPlanIdAndNumber(aim.getPlanId(), form.number())) {
			throw new DomainRuleException("aim.number.taken", "number");
		}
		aim.revise(form.number(), form.title(), form.description());
		this.aims.flush();
	}

	@Transactional(readOnly = true)
	Plan plan(Long id) {
		return this.plans.findById(id).orElseThrow(() -> new NotFoundException("Plan", id));
	}

	@Transactional(readOnly = true)
	Aim aim(Long id) {
		return this.aims.findById(id).orElseThrow(() -> new NotFoundException("Aim", id));
	}

}
