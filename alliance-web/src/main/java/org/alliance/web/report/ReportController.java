package org.alliance.web.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.commitment.Compliance;
import org.alliance.application.equity.EquityOverview;
import org.alliance.domain.commitment.ComplianceRecord;
import org.alliance.application.dashboard.DashboardService;
import org.alliance.application.dashboard.DashboardService.Dashboard;
import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.plan.Plan;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.workgroup.WorkgroupViews;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan progress report: a printable page, and the same report as a PDF made on the
 * server.
 */
@Controller
class ReportController {

	private final DashboardService dashboards;

	private final PlanViews plans;

	private final WorkgroupViews workgroups;

	private final PdfReport pdf;

	private final EquityOverview equity;

	private final Compliance compliance;

	ReportController(DashboardService dashboards, PlanViews plans, WorkgroupViews workgroups, PdfReport pdf,
			EquityOverview equity, Compliance compliance) {
		this.equity = equity;
		this.compliance = compliance;
		this.dashboards = dashboards;
		this.plans = plans;
		this.workgroups = workgroups;
		this.pdf = pdf;
	}

	@GetMapping("/reports/plans/{id}")
	@PreAuthorize("isAuthenticated()")
	String report(@PathVariable Long id, @RequestParam(required = false) Long workgroup, Model model) {
		model.addAttribute("board", board(id, workgroup));
		model.addAttribute("workgroupName", workgroupName(workgroup));
		model.addAttribute("gaps", (workgroup == null) ? this.equity.picture().topGaps(8) : List.of());
		model.addAttribute("compliance", (workgroup == null) ? this.compliance.all() : List.of());
		return "reports/plan";
	}

	@GetMapping("/reports/plans/{id}.pdf")
	@PreAuthorize("isAuthenticated()")
	void reportPdf(@PathVariable Long id, @RequestParam(required = false) Long workgroup, Locale locale,
			HttpServletResponse response) throws IOException {
		Dashboard board = board(id, workgroup);
		// the equity and commitment sections are the organisation's, as on the dashboard:
		// a workgroup's report leaves them out
		List<EquityOverview.Gap> gaps = (workgroup == null) ? this.equity.picture().topGaps(8) : List.of();
		List<ComplianceRecord> compliance = (workgroup == null) ? this.compliance.all() : List.of();
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "inline; filename=\"alliance-plan-report.pdf\"");
		this.pdf.write(board, workgroupName(workgroup), gaps, compliance, locale, response.getOutputStream());
	}

	private Dashboard board(Long id, Long workgroup) {
		Plan plan = this.plans.plan(id).orElseThrow(() -> new NotFoundException("Plan", id));
		workgroupName(workgroup);
		return this.dashboards.dashboard(plan, workgroup, null, null);
	}

	private String workgroupName(Long workgroup) {
		if (workgroup == null) {
			return null;
		}
		return this.workgroups.findById(workgroup)
			.orElseThrow(() -> new NotFoundException("Workgroup", workgroup))
			.getName();
	}

}
