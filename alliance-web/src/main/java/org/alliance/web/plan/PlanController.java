package org.alliance.web.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Predicate;

import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.StepStatus;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.persistence.step.StepQueries;
import org.alliance.persistence.step.StepRow;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.alliance.web.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Plans and the plan page: aims with their roll-up and steps, filterable. */
@Controller
@Transactional(readOnly = true)
class PlanController {

	private final PlanRepository plans;

	private final AimRepository aims;

	private final StepQueries queries;

	private final WorkgroupRepository workgroups;

	private final Clock clock;

	PlanController(PlanRepository plans, AimRepository aims, StepQueries queries, WorkgroupRepository workgroups,
			Clock clock) {
		this.plans = plans;
		this.aims = aims;
		this.queries = queries;
		this.workgroups = workgroups;
		this.clock = clock;
	}

	@GetMapping("/plans")
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		model.addAttribute("plans", this.plans.findAllByOrderByStartDateDescIdDesc());
		return "plans/list";
	}

	@GetMapping("/plans/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long id, @RequestParam(required = false) Long workgroup,
			@RequestParam(required = false) StepStatus status, @RequestParam(defaultValue = "false") boolean overdue,
			Model model) {
		Plan plan = this.plans.findById(id).orElseThrow(() -> new NotFoundException("Plan", id));
		LocalDate today = LocalDate.now(this.clock);
		Predicate<StepRow> shown = (r) -> (workgroup == null || r.workgroupId().equals(workgroup))
				&& (status == null || r.status() == status) && (!overdue || r.isOverdue(today));
		model.addAttribute("progress", PlanProgress.of(plan, this.aims.findByPlanIdOrderByNumberAsc(id),
				this.queries.rowsOfPlan(id), today, shown));
		model.addAttribute("workgroups", this.workgroups.findAll(org.springframework.data.domain.Sort.by("name")));
		model.addAttribute("statuses", StepStatus.values());
		model.addAttribute("filter", new Filter(workgroup, status, overdue));
		model.addAttribute("today", today);
		return "plans/show";
	}

	public record Filter(Long workgroup, StepStatus status, boolean overdue) {

		public boolean isActive() {
			return this.workgroup != null || this.status != null || this.overdue;
		}

	}

}
