package org.alliance.web.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.StepStatus;
import org.alliance.persistence.dashboard.DashboardQueries;
import org.alliance.persistence.dashboard.DashboardQueries.Scope;
import org.alliance.persistence.dashboard.DashboardQueries.StepFilter;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.alliance.web.shared.DataVersionCache;
import org.alliance.web.shared.NotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Plans and the plan page: aims with their roll-up, and the plan's steps, filtered and
 * paginated.
 */
@Controller
@Transactional(readOnly = true)
class PlanController {

	static final int PAGE_SIZE = 50;

	private final PlanRepository plans;

	private final DashboardQueries queries;

	private final WorkgroupRepository workgroups;

	private final Clock clock;

	private final DataVersionCache cache;

	PlanController(PlanRepository plans, DashboardQueries queries, WorkgroupRepository workgroups, Clock clock,
			DataVersionCache cache) {
		this.cache = cache;
		this.plans = plans;
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
			@RequestParam(required = false) Attention attention, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Plan plan = this.plans.findById(id).orElseThrow(() -> new NotFoundException("Plan", id));
		LocalDate today = LocalDate.now(this.clock);
		Scope everything = new Scope(id, null);
		Scope scope = new Scope(id, workgroup);
		StepFilter filter = new StepFilter(status, overdue || attention == Attention.overdue,
				attention == Attention.dueSoon, attention == Attention.atRisk, attention == Attention.stale, today);
		long version = this.cache.version();
		long total = this.cache.get(version, List.of("count", scope, filter), () -> this.queries.count(scope, filter));
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		model.addAttribute("plan", plan);
		DashboardQueries.Summary summary = this.cache.get(version, List.of("summary", everything, today),
				() -> this.queries.summary(everything, today, this.clock.instant()));
		model.addAttribute("overall", summary.overall());
		model.addAttribute("aims", summary.aims());
		model.addAttribute("steps", this.cache.get(version, List.of("rows", scope, filter, current),
				() -> this.queries.rows(scope, filter, current * PAGE_SIZE, PAGE_SIZE)));
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("workgroups", this.workgroups.findAll(Sort.by("name")));
		model.addAttribute("statuses", StepStatus.values());
		model.addAttribute("filter", new Filter(workgroup, status, overdue, attention));
		model.addAttribute("today", today);
		model.addAttribute("pageUrl",
				org.springframework.web.util.UriComponentsBuilder.fromPath("/plans/" + id)
					.queryParamIfPresent("workgroup", java.util.Optional.ofNullable(workgroup))
					.queryParamIfPresent("status", java.util.Optional.ofNullable(status))
					.queryParamIfPresent("overdue", java.util.Optional.of(overdue).filter(Boolean::booleanValue))
					.queryParamIfPresent("attention", java.util.Optional.ofNullable(attention))
					.build()
					.toUriString() + ((workgroup != null || status != null || overdue || attention != null) ? "&" : "?")
						+ "page=");
		return "plans/show";
	}

	/** The dashboard's attention lists, which link here. */
	enum Attention {

		overdue, dueSoon, atRisk, stale

	}

	public record Filter(Long workgroup, StepStatus status, boolean overdue, Attention attention) {

		public boolean isActive() {
			return this.workgroup != null || this.status != null || this.overdue || this.attention != null;
		}

	}

}
