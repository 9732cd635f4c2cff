package org.alliance.application.plan;

import java.util.Map;
import java.util.Objects;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans and aims, as administrators create and revise them. */
@Service
@Transactional
public class PlanService {

	private final PlanRepository plans;

	private final AimRepository aims;

	private final AuditLog audit;

	PlanService(PlanRepository plans, AimRepository aims, AuditLog audit) {
		this.audit = audit;
		this.plans = plans;
		this.aims = aims;
	}

	public Plan create(PlanDraft form) {
		Plan plan = new Plan(form.name(), form.description(), form.startDate(), form.endDate());
		plan.changeStatus(form.status());
		this.plans.save(plan);
		this.audit.created("Plan", plan.getId(), "Plan created", plan.snapshot());
		return plan;
	}

	public void revise(Long id, Long expectedVersion, PlanDraft form) {
		Plan plan = plan(id);
		if (!Objects.equals(plan.getVersion(), expectedVersion)) {
			throw new StaleEditException();
		}
		Map<String, Object> before = plan.snapshot();
		plan.revise(form.name(), form.description(), form.startDate(), form.endDate());
		plan.changeStatus(form.status());
		this.plans.flush();
		this.audit.updated("Plan", id, "Plan revised", before, plan.snapshot());
	}

	public Aim addAim(Long planId, AimDraft form) {
		plan(planId);
		if (this.aims.existsByPlanIdAndNumber(planId, form.number())) {
			throw new DomainRuleException("aim.number.taken", "number");
		}
		Aim aim = this.aims.save(new Aim(planId, form.number(), form.title(), form.description()));
		this.audit.created("Aim", aim.getId(), "Aim added", aim.snapshot());
		return aim;
	}

	public void reviseAim(Long aimId, Long expectedVersion, AimDraft form) {
		Aim aim = aim(aimId);
		if (!Objects.equals(aim.getVersion(), expectedVersion)) {
			throw new StaleEditException();
		}
		if (aim.getNumber() != form.number() && this.aims.existsByPlanIdAndNumber(aim.getPlanId(), form.number())) {
			throw new DomainRuleException("aim.number.taken", "number");
		}
		Map<String, Object> before = aim.snapshot();
		aim.revise(form.number(), form.title(), form.description());
		this.aims.flush();
		this.audit.updated("Aim", aimId, "Aim revised", before, aim.snapshot());
	}

	@Transactional(readOnly = true)
	public Plan plan(Long id) {
		return this.plans.findById(id).orElseThrow(() -> new NotFoundException("Plan", id));
	}

	@Transactional(readOnly = true)
	public Aim aim(Long id) {
		return this.aims.findById(id).orElseThrow(() -> new NotFoundException("Aim", id));
	}

}
