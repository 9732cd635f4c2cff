package org.alliance.web.impact;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.impact.ImpactAnalysisService;
import org.alliance.application.plan.CurrentPlan;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.domain.impact.SubjectKind;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.impact.AnalysisRow;
import org.alliance.application.impact.AnalysisViews;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.security.AccessPolicy;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Racial equity impact analyses: the list, starting and editing one, its page and PDF.
 * Everyone signed in reads them; their workgroup's members and leads (and administrators)
 * write them; a lead of that workgroup or an administrator other than the owner decides
 * on them ({@link AnalysisReviewController}). The analysis itself refuses what its status
 * does not allow (a change after sign-off, a sign-off by its owner), with a message.
 */
@Controller
class ImpactAnalysisController {

	private final ImpactAnalysisService service;

	private final AnalysisViews analyses;

	private final AccessPolicy access;

	private final PlanViews plans;

	private final WorkgroupViews workgroups;

	private final AnalysisPdf pdf;

	private final Clock clock;

	private final CurrentPlan currentPlan;

	private final AnalysisPage page;

	ImpactAnalysisController(ImpactAnalysisService service, AnalysisViews analyses, AccessPolicy access,
			PlanViews plans, WorkgroupViews workgroups, AnalysisPdf pdf, Clock clock, CurrentPlan currentPlan,
			AnalysisPage page) {
		this.service = service;
		this.analyses = analyses;
		this.access = access;
		this.plans = plans;
		this.workgroups = workgroups;
		this.pdf = pdf;
		this.clock = clock;
		this.currentPlan = currentPlan;
		this.page = page;
	}

	@GetMapping("/analyses")
	@PreAuthorize("isAuthenticated()")
	String list(Authentication authentication, Model model) {
		model.addAttribute("rows", this.service.rows());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("canStart", this.access.canStartAnalysis(authentication));
		return "analyses/list";
	}

	@GetMapping("/analyses/new")
	@PreAuthorize("@access.canStartAnalysis(authentication)")
	String newAnalysis(@AuthenticationPrincipal AllianceUser me, Model model) {
		List<Workgroup> mine = workgroupsFor(me);
		Long plan = this.currentPlan.id().orElse(null);
		model.addAttribute("analysisForm", AnalysisForm.blank(plan, (mine.size() == 1) ? mine.get(0).getId() : null));
		return analysisForm(me, model);
	}

	@PostMapping("/analyses")
	@PreAuthorize("@access.canStartAnalysis(authentication)")
	String create(@Valid @ModelAttribute("analysisForm") AnalysisForm form, BindingResult result,
			@AuthenticationPrincipal AllianceUser me, Authentication authentication, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form.workgroupId() == null || !this.access.canWorkInWorkgroup(authentication, form.workgroupId())) {
			result.rejectValue("workgroupId", "analysis.workgroup.invalid");
		}
		if (form.planId() == null) {
			result.rejectValue("planId", "analysis.plan.invalid");
		}
		return FormSubmission.handle(result, response, () -> {
			ImpactAnalysis analysis = this.service.create(form.planId(), form.workgroupId(), me.personId(),
					form.details());
			redirect.addFlashAttribute("flash", "analysis.created");
			return "redirect:/analyses/" + analysis.getId();
		}, () -> analysisForm(me, model));
	}

	@GetMapping("/analyses/{id}/edit")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String edit(@PathVariable Long id, @AuthenticationPrincipal AllianceUser me, Model model,
			RedirectAttributes redirect) {
		ImpactAnalysis analysis = this.service.analysis(id);
		if (!analysis.getStatus().isEditable()) {
			return AnalysisPage.locked(analysis, redirect);
		}
		model.addAttribute("analysisForm", AnalysisForm.from(analysis));
		model.addAttribute("analysisId", id);
		return analysisForm(me, model);
	}

	@PostMapping("/analyses/{id}/edit")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String revise(@PathVariable Long id, @Valid @ModelAttribute("analysisForm") AnalysisForm form, BindingResult result,
			@AuthenticationPrincipal AllianceUser me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("analysisId", id);
		return FormSubmission.handle(result, response, () -> {
			this.service.revise(id, form.version(), form.details());
			redirect.addFlashAttribute("flash", "analysis.saved");
			return "redirect:/analyses/" + id;
		}, () -> {
			ImpactAnalysis latest = this.service.analysis(id);
			model.addAttribute("conflict", true);
			model.addAttribute("latest", latest);
			model.addAttribute("analysisForm", form.withVersion(latest.getVersion()));
			return analysisForm(me, model);
		}, () -> {
			this.service.analysis(id);
			return analysisForm(me, model);
		});
	}

	private String analysisForm(AllianceUser me, Model model) {
		model.addAttribute("plans", this.plans.plansNewestFirst());
		model.addAttribute("workgroups", workgroupsFor(me));
		model.addAttribute("kinds", SubjectKind.values());
		return "analyses/form";
	}

	private List<Workgroup> workgroupsFor(AllianceUser me) {
		return me.isAdmin() ? this.workgroups.findAllWithMembers() : this.workgroups.findAllOf(me.personId());
	}

	@GetMapping("/analyses/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long id, Authentication authentication, Locale locale, Model model) {
		return this.page.show(id, authentication, locale, model);
	}

	@GetMapping("/analyses/{id}.pdf")
	@PreAuthorize("isAuthenticated()")
	void showPdf(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
		ImpactAnalysisService.Page page = this.service.page(id);
		AnalysisRow row = this.analyses.row(id).orElseThrow();
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "attachment; filename=\"impact-analysis-" + id + ".pdf\"");
		this.pdf.write(page, row, this.page.reviewerName(page.analysis()), locale, response.getOutputStream());
	}

}
