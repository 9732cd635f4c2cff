package org.alliance.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.commitment.Compliance;
import org.alliance.application.dashboard.DashboardService;
import org.alliance.application.equity.EquityOverview;
import org.alliance.application.feedback.FeedbackService;
import org.alliance.application.impact.ImpactAnalysisService;
import org.alliance.application.plan.CurrentPlan;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.web.security.AccessPolicy;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.PageBodyRenderer;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

	private final ProgressQueries queries;

	private final EquityOverview equity;

	private final Compliance compliance;

	private final PageBodyRenderer bodies;

	private final Clock clock;

	private final ImpactAnalysisService analyses;

	private final FeedbackService feedback;

	private final AccessPolicy access;

	DashboardController(DashboardService service, ProgressQueries queries, EquityOverview equity, Compliance compliance,
			PageBodyRenderer bodies, Clock clock, ImpactAnalysisService analyses, FeedbackService feedback,
			AccessPolicy access) {
		this.feedback = feedback;
		this.access = access;
		this.analyses = analyses;
		this.bodies = bodies;
		this.clock = clock;
		this.equity = equity;
		this.compliance = compliance;
		this.service = service;
		this.queries = queries;
	}

	@GetMapping("/dashboard")
	@PreAuthorize("isAuthenticated()")
	String dashboard(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long workgroup,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long shown, @AuthenticationPrincipal AllianceUser me, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (me != null && this.access.triagesFeedback(me)) {
			model.addAttribute("feedbackOverdue", this.feedback.overdue().size());
		}
		// another plan chosen in the filters: its own period, not the one shown for the
		// last
		if (shown != null && plan != null && !shown.equals(plan)) {
			from = null;
			to = null;
		}
		LocalDate start = from;
		LocalDate end = to;
		LocalDate today = LocalDate.now(this.clock);
		PageBodyRenderer.Body body = this.bodies.render("dashboard-body", List.of("plan", String.valueOf(plan),
				String.valueOf(workgroup), String.valueOf(start), String.valueOf(end), today), () -> {
					Map<String, Object> values = new HashMap<>();
					ProgressQueries.Choices choices = this.queries.choices();
					values.put("plans", choices.plans());
					values.put("workgroups", choices.workgroups());
					if (workgroup != null && choices.workgroups().stream().noneMatch((w) -> w.id().equals(workgroup))) {
						throw new NotFoundException("Workgroup", workgroup);
					}
					CurrentPlan.choose(choices, plan).ifPresent((p) -> {
						values.put("board", this.service.dashboard(p, workgroup, start, end));
						values.put("analyses", this.analyses.needingAttention(p.id()));
					});
					values.put("workgroupPage", null);
					values.put("gaps", this.equity.picture().topGaps(8));
					values.put("compliance", this.compliance.all());
					return values;
				}, Set.of("workgroupPage"), request, response);
		return page(body, model);
	}

	@GetMapping("/workgroups/{id}/dashboard")
	@PreAuthorize("isAuthenticated()")
	String workgroupDashboard(@PathVariable Long id, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long shown, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		boolean otherPlan = shown != null && plan != null && !shown.equals(plan);
		LocalDate start = otherPlan ? null : from;
		LocalDate end = otherPlan ? null : to;
		LocalDate today = LocalDate.now(this.clock);
		PageBodyRenderer.Body body = this.bodies.render("dashboard-body",
				List.of("workgroup", id, String.valueOf(plan), String.valueOf(start), String.valueOf(end), today),
				() -> {
					ProgressQueries.Choices choices = this.queries.choices();
					ProgressQueries.WorkgroupChoice workgroup = choices.workgroups()
						.stream()
						.filter((w) -> w.id().equals(id))
						.findFirst()
						.orElseThrow(() -> new NotFoundException("Workgroup", id));
					Map<String, Object> values = new HashMap<>();
					values.put("plans", choices.plans());
					values.put("workgroupPage", workgroup);
					CurrentPlan.choose(choices, plan)
						.ifPresent((p) -> values.put("board", this.service.dashboard(p, id, start, end)));
					return values;
				}, Set.of("workgroupPage"), request, response);
		return page(body, model);
	}

	private static String page(PageBodyRenderer.Body body, Model model) {
		model.addAllAttributes(body.layoutVariables());
		model.addAttribute("body", body.html());
		return "dashboard";
	}

}
