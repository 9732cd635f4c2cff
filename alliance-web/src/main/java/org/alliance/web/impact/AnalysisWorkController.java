package org.alliance.web.impact;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.impact.ImpactAnalysisService;
import org.alliance.domain.impact.AnalysisStatus;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.domain.impact.ImpactEffect;
import org.alliance.domain.impact.ScreeningAnswer;
import org.alliance.domain.step.ActionStep;
import org.alliance.application.equity.IndicatorViews;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.shared.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work on an impact analysis: screening, its sections, the impacts per group and the
 * mitigations that become action steps. Its workgroup's members and leads, and
 * administrators.
 */
@Controller
class AnalysisWorkController {

	private final ImpactAnalysisService service;

	private final PlanViews plans;

	private final WorkgroupViews workgroups;

	private final IndicatorViews indicators;

	private final AnalysisPage page;

	AnalysisWorkController(ImpactAnalysisService service, PlanViews plans, WorkgroupViews workgroups,
			IndicatorViews indicators, AnalysisPage page) {
		this.service = service;
		this.plans = plans;
		this.workgroups = workgroups;
		this.indicators = indicators;
		this.page = page;
	}

	@PostMapping("/analyses/{id}/screening/start")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String startScreening(@PathVariable Long id, RedirectAttributes redirect) {
		return AnalysisPage.act(id, redirect, "analysis.screening.started", () -> this.service.startScreening(id),
				"/screening");
	}

	@GetMapping("/analyses/{id}/screening")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String screening(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		ImpactAnalysis analysis = this.service.analysis(id);
		if (analysis.getStatus() != AnalysisStatus.SCREENING && analysis.getStatus() != AnalysisStatus.RETURNED) {
			return AnalysisPage.notNow(analysis, redirect);
		}
		model.addAttribute("screeningForm", ScreeningForm.from(analysis));
		return screeningForm(analysis, model);
	}

	@PostMapping("/analyses/{id}/screening")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String screen(@PathVariable Long id, @Valid @ModelAttribute("screeningForm") ScreeningForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.screen(id, form.version(), form.screening());
			ImpactAnalysis analysis = this.service.analysis(id);
			redirect.addFlashAttribute("flash", Boolean.TRUE.equals(analysis.getFullAnalysis())
					? "analysis.screening.full" : "analysis.screening.out");
			return "redirect:/analyses/" + id;
		}, () -> {
			ImpactAnalysis latest = this.service.analysis(id);
			model.addAttribute("conflict", true);
			model.addAttribute("screeningForm", form.withVersion(latest.getVersion()));
			return screeningForm(latest, model);
		}, () -> screeningForm(this.service.analysis(id), model));
	}

	private String screeningForm(ImpactAnalysis analysis, Model model) {
		model.addAttribute("analysis", analysis);
		model.addAttribute("answers", ScreeningAnswer.values());
		return "analyses/screening";
	}

	@GetMapping("/analyses/{id}/sections")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String sections(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		ImpactAnalysis analysis = this.service.analysis(id);
		if (analysis.getStatus() != AnalysisStatus.IN_ANALYSIS && analysis.getStatus() != AnalysisStatus.RETURNED) {
			return AnalysisPage.notNow(analysis, redirect);
		}
		model.addAttribute("sectionsForm", SectionsForm.from(analysis));
		return sectionsForm(analysis, model);
	}

	@PostMapping("/analyses/{id}/sections")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String write(@PathVariable Long id, @Valid @ModelAttribute("sectionsForm") SectionsForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.write(id, form.version(), form.sections(), form.indicators());
			redirect.addFlashAttribute("flash", "analysis.sections.saved");
			return "redirect:/analyses/" + id;
		}, () -> {
			ImpactAnalysis latest = this.service.analysis(id);
			model.addAttribute("conflict", true);
			model.addAttribute("sectionsForm", form.withVersion(latest.getVersion()));
			return sectionsForm(latest, model);
		}, () -> sectionsForm(this.service.analysis(id), model));
	}

	private String sectionsForm(ImpactAnalysis analysis, Model model) {
		model.addAttribute("analysis", analysis);
		model.addAttribute("allIndicators", this.indicators.indicatorsByName());
		return "analyses/sections";
	}

	@PostMapping("/analyses/{id}/effects")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String addEffect(@PathVariable Long id, @Valid @ModelAttribute("effectForm") EffectForm form, BindingResult result,
			Authentication authentication, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.addEffect(id, form.groupId(), form.impact(), form.evidence());
			redirect.addFlashAttribute("flash", "analysis.effect.added");
			return "redirect:/analyses/" + id + "#impacts-heading";
		}, () -> this.page.show(id, authentication, locale, model));
	}

	@PostMapping("/analyses/{id}/effects/{effectId}/remove")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String removeEffect(@PathVariable Long id, @PathVariable Long effectId, RedirectAttributes redirect) {
		this.service.effect(id, effectId);
		return AnalysisPage.act(id, redirect, "analysis.effect.removed", () -> this.service.removeEffect(id, effectId),
				"#impacts-heading");
	}

	@GetMapping("/analyses/{id}/effects/{effectId}/mitigations/new")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String newMitigation(@PathVariable Long id, @PathVariable Long effectId, Locale locale, Model model,
			RedirectAttributes redirect) {
		ImpactAnalysis analysis = this.service.analysis(id);
		ImpactEffect effect = this.service.effect(id, effectId);
		if (analysis.getStatus() != AnalysisStatus.IN_ANALYSIS && analysis.getStatus() != AnalysisStatus.RETURNED) {
			return AnalysisPage.notNow(analysis, redirect);
		}
		if (!effect.getImpact().needsMitigation()) {
			redirect.addFlashAttribute("flashError", "analysis.mitigation.notNeeded");
			return "redirect:/analyses/" + id + "#impacts-heading";
		}
		model.addAttribute("mitigationForm", MitigationForm.blank(analysis.getWorkgroupId()));
		return mitigationForm(analysis, effect, locale, model);
	}

	@PostMapping("/analyses/{id}/effects/{effectId}/mitigations")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String addMitigation(@PathVariable Long id, @PathVariable Long effectId,
			@Valid @ModelAttribute("mitigationForm") MitigationForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ImpactAnalysis analysis = this.service.analysis(id);
		ImpactEffect effect = this.service.effect(id, effectId);
		return FormSubmission.handle(result, response, () -> {
			ActionStep step = this.service.addMitigation(id, effectId, form.workgroupId(), form.draft());
			redirect.addFlashAttribute("flash", "analysis.mitigation.added");
			redirect.addFlashAttribute("mitigationStep", step.getTitle());
			return "redirect:/analyses/" + id + "#impacts-heading";
		}, () -> mitigationForm(analysis, effect, locale, model));
	}

	private String mitigationForm(ImpactAnalysis analysis, ImpactEffect effect, Locale locale, Model model) {
		model.addAttribute("analysis", analysis);
		model.addAttribute("effect", effect);
		model.addAttribute("groupLabel",
				this.indicators.group(effect.getGroupId())
					.map((g) -> this.page.groupLabel(g.getDimension().name(), g.getLabel(), locale))
					.orElse(""));
		model.addAttribute("workgroups", this.workgroups.findAllWithMembers());
		model.addAttribute("aims", this.plans.aimsOf(analysis.getPlanId()));
		return "analyses/mitigation";
	}

}
