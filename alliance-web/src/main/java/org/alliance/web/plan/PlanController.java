package org.alliance.web.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.ReadCache;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.StepStatus;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.progress.ProgressQueries.StepSort;
import org.alliance.application.progress.ProgressQueries.Scope;
import org.alliance.application.progress.ProgressQueries.StepFilter;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.shared.PageBodyRenderer;
import org.alliance.web.shared.SortLinks;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Plans and the plan page: aims with their roll-up, and the plan's steps, filtered and
 * paginated.
 */
@Controller
@Transactional(readOnly = true)
class PlanController {

	static final int PAGE_SIZE = 50;

	private final PlanViews plans;

	private final ProgressQueries queries;

	private final WorkgroupViews workgroups;

	private final Clock clock;

	private final ReadCache cache;

	private final PageBodyRenderer bodies;

	PlanController(PlanViews plans, ProgressQueries queries, WorkgroupViews workgroups, Clock clock, ReadCache cache,
			PageBodyRenderer bodies) {
		this.bodies = bodies;
		this.cache = cache;
		this.plans = plans;
		this.queries = queries;
		this.workgroups = workgroups;
		this.clock = clock;
	}

	@GetMapping("/plans")
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		model.addAttribute("plans", this.plans.plansNewestFirst());
		return "plans/list";
	}

	@GetMapping("/plans/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long id, @RequestParam(required = false) Long workgroup,
			@RequestParam(required = false) StepStatus status, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Attention attention, @RequestParam(defaultValue = "0") int page,
			@RequestParam(name = "sort", required = false) @Nullable String sortBy,
			@RequestParam(name = "dir", required = false) @Nullable String direction, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		LocalDate today = LocalDate.now(this.clock);
		StepSort sort = StepSort.of(sortBy, direction);
		PageBodyRenderer.Body body = this.bodies.render("plans/show-body",
				Arrays.asList(id, workgroup, status, overdue, attention, page, today, sort), () -> {
					Map<String, Object> values = new HashMap<>();
					Plan plan = this.plans.plan(id).orElseThrow(() -> new NotFoundException("Plan", id));
					Scope everything = new Scope(id, null);
					Scope scope = new Scope(id, workgroup);
					StepFilter filter = new StepFilter(status, overdue || attention == Attention.overdue,
							attention == Attention.dueSoon, attention == Attention.atRisk, attention == Attention.stale,
							today);
					long total = this.cache.get(List.of("count", scope, filter),
							() -> this.queries.count(scope, filter));
					int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
					int current = Math.min(Math.max(page, 0), pages - 1);
					values.put("plan", plan);
					ProgressQueries.Summary summary = this.cache.get(List.of("summary", everything, today),
							() -> this.queries.summary(everything, today, this.clock.instant()));
					values.put("overall", summary.overall());
					values.put("aims", summary.aims());
					values.put("steps", this.cache.get(List.of("rows", scope, filter, sort, current),
							() -> this.queries.rows(scope, filter, sort, current * PAGE_SIZE, PAGE_SIZE)));
					values.put("sort", sort);
					values.put("total", total);
					values.put("page", current);
					values.put("pages", pages);
					values.put("workgroups", this.workgroups.findAllByName());
					values.put("statuses", StepStatus.values());
					values.put("filter", new Filter(workgroup, status, overdue, attention));
					values.put("today", today);
					String filtered = UriComponentsBuilder.fromPath("/plans/" + id)
						.queryParamIfPresent("workgroup", Optional.ofNullable(workgroup))
						.queryParamIfPresent("status", Optional.ofNullable(status))
						.queryParamIfPresent("overdue", Optional.of(overdue).filter(Boolean::booleanValue))
						.queryParamIfPresent("attention", Optional.ofNullable(attention))
						.build()
						.toUriString();
					values.put("sortBase", SortLinks.sortBase(filtered));
					values.put("pageUrl", SortLinks.pageBase(filtered, sort));

					return values;
				}, Set.of("plan"), request, response);
		model.addAllAttributes(body.layoutVariables());
		model.addAttribute("body", body.html());
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
