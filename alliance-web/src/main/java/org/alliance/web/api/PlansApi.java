package org.alliance.web.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.ReadCache;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.StepStatus;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.progress.ProgressQueries.Scope;
import org.alliance.application.progress.ProgressQueries.StepFilter;
import org.alliance.application.progress.StepRow;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.api.ApiViews.AimDetail;
import org.alliance.web.api.ApiViews.PlanDetail;
import org.alliance.web.api.ApiViews.PlanSummary;
import org.alliance.web.api.ApiViews.Progress;
import org.alliance.web.api.ApiViews.Ref;
import org.alliance.web.api.ApiViews.StepView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans, their aims with progress, and their action steps, filtered as on the plan page.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Plans", description = "Plans, aims and the plans' action steps")
@Transactional(readOnly = true)
class PlansApi {

	private final PlanViews plans;

	private final ProgressQueries queries;

	private final WorkgroupViews workgroups;

	private final Clock clock;

	private final ReadCache cache;

	PlansApi(PlanViews plans, ProgressQueries queries, WorkgroupViews workgroups, Clock clock, ReadCache cache) {
		this.cache = cache;
		this.plans = plans;
		this.queries = queries;
		this.workgroups = workgroups;
		this.clock = clock;
	}

	/**
	 * The dashboard's attention lists: overdue, due within 14 days, at risk or blocked,
	 * no update for 30 days.
	 */
	enum Attention {

		OVERDUE, DUE_SOON, AT_RISK, STALE

	}

	@GetMapping("/plans")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "listPlans", summary = "Plans, newest start first")
	ApiPage<PlanSummary> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, HttpServletRequest request) {
		Paging paging = Paging.of(page, size);
		Page<Plan> found = this.plans.plans(PageRequest.of(paging.page(), paging.size(),
				Sort.by(Sort.Order.desc("startDate"), Sort.Order.desc("id"))));
		return ApiPage.of(found.getContent().stream().map(PlanSummary::of).toList(), paging, found.getTotalElements(),
				request);
	}

	@GetMapping("/plans/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "getPlan", summary = "A plan with its overall progress and its aims' progress")
	PlanDetail plan(@PathVariable long id) {
		Plan plan = this.plans.plan(id).orElseThrow(() -> new NotFoundException("Plan", id));
		LocalDate today = LocalDate.now(this.clock);
		ProgressQueries.Summary summary = summary(id, today);
		List<Ref> owners = summary.workgroups()
			.stream()
			.map((g) -> new Ref(g.id(), g.label(), "/api/v1/workgroups/" + g.id()))
			.toList();
		return new PlanDetail(id, plan.getName(), (plan.getDescription() != null) ? plan.getDescription() : "",
				plan.getStatus(), plan.getStartDate(), plan.getEndDate(), Progress.of(summary.overall()),
				ApiViews.aims(this.plans.aimsOf(id), summary), owners, "/api/v1/plans/" + id + "/action-steps");
	}

	@GetMapping("/aims/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "getAim", summary = "An aim with its progress")
	AimDetail aim(@PathVariable long id) {
		Aim aim = this.plans.aim(id).orElseThrow(() -> new NotFoundException("Aim", id));
		ProgressQueries.Summary summary = summary(aim.getPlanId(), LocalDate.now(this.clock));
		Progress progress = summary.aims()
			.stream()
			.filter((g) -> aim.getId().equals(g.id()))
			.findFirst()
			.map((g) -> Progress.of(g.rollUp()))
			.orElse(null);
		return new AimDetail(id, aim.getPlanId(), aim.getNumber(), aim.getTitle(),
				(aim.getDescription() != null) ? aim.getDescription() : "", progress,
				"/api/v1/plans/" + aim.getPlanId(), "/api/v1/plans/" + aim.getPlanId() + "/action-steps");
	}

	@GetMapping("/plans/{id}/action-steps")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "listPlanSteps", summary = "A plan's action steps, filtered as on the plan page")
	ApiPage<StepView> steps(@PathVariable long id,
			@Parameter(description = "only this workgroup's steps") @RequestParam(
					required = false) @Nullable Long workgroup,
			@RequestParam(required = false) @Nullable StepStatus status,
			@Parameter(description = "only open steps past their due date") @RequestParam(
					defaultValue = "false") boolean overdue,
			@Parameter(description = "only the steps of one of the dashboard's attention lists") @RequestParam(
					required = false) @Nullable Attention attention,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, HttpServletRequest request) {
		Paging paging = Paging.of(page, size);
		if (!this.plans.planExists(id)) {
			throw new NotFoundException("Plan", id);
		}
		if (workgroup != null && !this.workgroups.existsById(workgroup)) {
			throw new ApiInputException("workgroup", "There is no workgroup " + workgroup + ".");
		}
		LocalDate today = LocalDate.now(this.clock);
		Scope scope = new Scope(id, workgroup);
		StepFilter filter = new StepFilter(status, overdue || attention == Attention.OVERDUE,
				attention == Attention.DUE_SOON, attention == Attention.AT_RISK, attention == Attention.STALE, today);
		// the plan page's figures, kept until the data changes (ADR 6)
		long total = this.cache.get(List.of("count", scope, filter), () -> this.queries.count(scope, filter));
		int offset = (int) Math.min(paging.offset(), Integer.MAX_VALUE);
		List<StepRow> rows = this.cache.get(List.of("api-rows", scope, filter, offset, paging.size()),
				() -> this.queries.rows(scope, filter, offset, paging.size()));
		return ApiPage.of(rows.stream().map((row) -> StepView.of(row, today)).toList(), paging, total, request);
	}

	/** A plan's roll-ups, shared with the plan page and kept until the data changes. */
	private ProgressQueries.Summary summary(long planId, LocalDate today) {
		Scope everything = new Scope(planId, null);
		return this.cache.get(List.of("summary", everything, today),
				() -> this.queries.summary(everything, today, this.clock.instant()));
	}

}
