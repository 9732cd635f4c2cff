package org.alliance.web.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.alliance.web.shared.NotFoundException;

import org.alliance.web.commitment.Compliance;
import org.alliance.web.indicator.EquityOverview;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Leadership's view of a plan (are we on track, what needs attention) and each
 * workgroup's own dashboard, with the share of its steps updated in the last 30 days.
 */
@Controller
class DashboardController {

	private final DashboardService service;

	private final PlanRepository plans;

	private final WorkgroupRepository workgroups;

	private final EquityOverview equity;

	private final Compliance compliance;

	DashboardController(DashboardService service, PlanRepository plans, WorkgroupRepository workgroups,
			EquityOverview equity, Compliance compliance) {
		this.equity = equity;
		this.compliance = compliance;
		this.service = service;
		this.plans = plans;
		this.workgroups = workgroups;
	}

	@GetMapping("/dashboard")
	@PreAuthorize("isAuthenticated()")
	String dashboard(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long workgroup,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		List<Plan> all = this.plans.findAllByOrderByStartDateDescIdDesc();
		model.addAttribute("plans", all);
		model.addAttribute("workgroups", this.workgroups.findAll(Sort.by("name")));
		if (workgroup != null && !this.workgroups.existsById(workgroup)) {
			throw new NotFoundException("Workgroup", workgroup);
		}
		choose(all, plan).ifPresent((p) -> model.addAttribute("board", this.service.dashboard(p, workgroup, from, to)));
		model.addAttribute("workgroupPage", null);
		model.addAttribute("gaps", this.equity.picture().topGaps(8));
		model.addAttribute("compliance", this.compliance.all());
		return "dashboard";
	}

	@GetMapping("/workgroups/{id}/dashboard")
	@PreAuthorize("isAuthenticated()")
	String workgroupDashboard(@PathVariable Long id, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Workgroup workgroup = this.workgroups.findById(id).orElseThrow(() -> new NotFoundException("Workgroup", id));
		List<Plan> all = this.plans.findAllByOrderByStartDateDescIdDesc();
		model.addAttribute("plans", all);
		model.addAttribute("workgroupPage", workgroup);
		choose(all, plan).ifPresent((p) -> model.addAttribute("board", this.service.dashboard(p, id, from, to)));
		return "dashboard";
	}

	/** The requested plan, else the first active one, else the newest. */
	static Optional<Plan> choose(List<Plan> all, Long plan) {
		if (plan != null) {
			return Optional.of(all.stream()
				.filter((p) -> p.getId().equals(plan))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Plan", plan)));
		}
		return all.stream()
			.filter((p) -> p.getStatus() == PlanStatus.ACTIVE)
			.findFirst()
			.or(() -> all.stream().findFirst());
	}

}
