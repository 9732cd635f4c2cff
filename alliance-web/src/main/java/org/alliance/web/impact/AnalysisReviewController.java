package org.alliance.web.impact;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.impact.ImpactAnalysisService;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.impact.Decision;
import org.alliance.domain.impact.IncompleteAnalysisException;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An impact analysis's way to sign-off: submitted by its workgroup, decided on (signed
 * off or returned) by a lead of that workgroup or an administrator other than its owner,
 * published, and evaluated after its review date.
 */
@Controller
class AnalysisReviewController {

	private final ImpactAnalysisService service;

	private final AnalysisPage page;

	AnalysisReviewController(ImpactAnalysisService service, AnalysisPage page) {
		this.service = service;
		this.page = page;
	}

	@PostMapping("/analyses/{id}/submit")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String submit(@PathVariable Long id, @RequestParam(required = false) Long version, Authentication authentication,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.service.submit(id, version);
		}
		catch (IncompleteAnalysisException ex) {
			model.addAttribute("missing", ex.missing());
			return FormSubmission.refused(response, () -> this.page.show(id, authentication, locale, model));
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			return "redirect:/analyses/" + id;
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("flashError", "analysis.stale");
			return "redirect:/analyses/" + id;
		}
		redirect.addFlashAttribute("flash", "analysis.submitted");
		return "redirect:/analyses/" + id;
	}

	@PostMapping("/analyses/{id}/decision")
	@PreAuthorize("@access.canReviewAnalysis(authentication, #id)")
	String decide(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
			@AuthenticationPrincipal AllianceUser me, Authentication authentication, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.decide(id, form.version(), me.personId(), form.decision(), form.comment());
			redirect.addFlashAttribute("flash",
					(form.decision() == Decision.REVISE) ? "analysis.returned" : "analysis.signedOff");
			return "redirect:/analyses/" + id;
		}, () -> {
			model.addAttribute("decisionConflict", true);
			model.addAttribute("decisionForm",
					new DecisionForm(form.decision(), form.comment(), this.service.analysis(id).getVersion()));
			return this.page.show(id, authentication, locale, model);
		}, () -> this.page.show(id, authentication, locale, model));
	}

	@PostMapping("/analyses/{id}/publish")
	@PreAuthorize("@access.canReviewAnalysis(authentication, #id)")
	String publish(@PathVariable Long id, RedirectAttributes redirect) {
		return AnalysisPage.act(id, redirect, "analysis.published", () -> this.service.publish(id), "");
	}

	@PostMapping("/analyses/{id}/evaluation")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String evaluate(@PathVariable Long id, @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
			BindingResult result, Authentication authentication, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.evaluate(id, form.version(), form.evaluation());
			redirect.addFlashAttribute("flash", "analysis.evaluated");
			return "redirect:/analyses/" + id + "#evaluation-heading";
		}, () -> {
			model.addAttribute("evaluationConflict", true);
			model.addAttribute("evaluationForm",
					new EvaluationForm(form.evaluation(), this.service.analysis(id).getVersion()));
			return this.page.show(id, authentication, locale, model);
		}, () -> this.page.show(id, authentication, locale, model));
	}

}
