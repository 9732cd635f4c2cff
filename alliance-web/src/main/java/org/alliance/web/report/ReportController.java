package org.alliance.web.report;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.dashboard.DashboardService;
import org.alliance.application.dashboard.DashboardService.Dashboard;
import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.plan.Plan;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;

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

	private final PlanRepository plans;

	private final WorkgroupRepository workgroups;

	private final PdfReport pdf;

	ReportController(DashboardService dashboards, PlanRepository plans, WorkgroupRepository workgroups, PdfReport pdf) {
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
		return "reports/plan";
	}

	@GetMapping("/reports/plans/{id}.pdf")
	@PreAuthorize("isAuthenticated()")
	void reportPdf(@PathVariable Long id, @RequestParam(required = false) Long workgroup, Locale locale,
			HttpServletResponse response) throws IOException {
		Dashboard board = board(id, workgroup);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "inline; filename=\"alliance-plan-report.pdf\"");
		this.pdf.write(board, workgroupName(workgroup), locale, response.getOutputStream());
	}

	private Dashboard board(Long id, Long workgroup) {
		Plan plan = this.plans.findById(id).orElseThrow(() -> new NotFoundException("Plan", id));
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
