package org.alliance.web.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.alliance.application.impact.ImpactAnalysisService;
import org.alliance.domain.impact.AnalysisStatus;
import org.alliance.domain.impact.Decision;
import org.alliance.domain.impact.Impact;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.application.equity.IndicatorViews;
import org.alliance.application.impact.AnalysisViews;
import org.alliance.application.person.PeopleViews;
import org.alliance.web.security.AccessPolicy;
import org.alliance.web.shared.FormSubmission;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The impact analysis page as every handler shows it again (with the reader's
 * permissions, the forms and the group choices), and the answers shared by the analysis
 * controllers.
 */
@Component
class AnalysisPage {

	private final ImpactAnalysisService service;

	private final AnalysisViews analyses;

	private final AccessPolicy access;

	private final PeopleViews people;

	private final IndicatorViews indicators;

	private final MessageSource messages;

	private final Clock clock;

	AnalysisPage(ImpactAnalysisService service, AnalysisViews analyses, AccessPolicy access, PeopleViews people,
			IndicatorViews indicators, MessageSource messages, Clock clock) {
		this.service = service;
		this.analyses = analyses;
		this.access = access;
		this.people = people;
		this.indicators = indicators;
		this.messages = messages;
		this.clock = clock;
	}

	/** The analysis page, with what the reader may do on it. */
	String show(Long id, Authentication authentication, Locale locale, Model model) {
		ImpactAnalysisService.Page page = this.service.page(id);
		ImpactAnalysis analysis = page.analysis();
		model.addAttribute("page", page);
		model.addAttribute("analysis", analysis);
		model.addAttribute("row", this.analyses.row(id).orElseThrow());
		model.addAttribute("reviewerName", reviewerName(analysis));
		model.addAttribute("today", LocalDate.now(this.clock));
		boolean canWork = this.access.canWorkOnAnalysis(authentication, id);
		boolean analysing = analysis.getStatus() == AnalysisStatus.IN_ANALYSIS
				|| analysis.getStatus() == AnalysisStatus.RETURNED;
		model.addAttribute("canWork", canWork);
		model.addAttribute("canEdit", canWork && analysis.getStatus().isEditable());
		model.addAttribute("canAnalyse", canWork && analysing);
		model.addAttribute("canReview", this.access.canReviewAnalysis(authentication, id));
		model.addAttribute("missingNow", analysing && Boolean.TRUE.equals(analysis.getFullAnalysis())
				? analysis.missingSections(!page.effects().isEmpty()) : List.of());
		if (!model.containsAttribute("effectForm")) {
			model.addAttribute("effectForm", EffectForm.blank());
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.blank(analysis.getVersion()));
		}
		if (!model.containsAttribute("evaluationForm")) {
			model.addAttribute("evaluationForm", EvaluationForm.from(analysis));
		}
		model.addAttribute("groupChoices",
				this.indicators.groups()
					.stream()
					.map((g) -> new GroupChoice(g.getId(), groupLabel(g.getDimension().name(), g.getLabel(), locale)))
					.toList());
		model.addAttribute("impacts", Impact.values());
		model.addAttribute("decisions", Arrays.asList(Decision.values()));
		return "analyses/show";
	}

	String groupLabel(String dimension, String group, Locale locale) {
		return this.messages.getMessage("dimension." + dimension, null, dimension, locale) + ": " + group;
	}

	String reviewerName(ImpactAnalysis analysis) {
		return (analysis.getReviewerId() != null)
				? this.people.findById(analysis.getReviewerId()).map((p) -> p.getDisplayName()).orElse("") : "";
	}

	/** A one-button change: done and said, or refused with the rule's message. */
	static String act(Long id, RedirectAttributes redirect, String done, Runnable change, String then) {
		return FormSubmission.button(redirect, done, null, change) ? "redirect:/analyses/" + id + then
				: "redirect:/analyses/" + id;
	}

	static String locked(ImpactAnalysis analysis, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError",
				analysis.getStatus().isSignedOff() ? "analysis.locked.signedOff" : "analysis.locked.awaiting");
		return "redirect:/analyses/" + analysis.getId();
	}

	static String notNow(ImpactAnalysis analysis, RedirectAttributes redirect) {
		if (!analysis.getStatus().isEditable()) {
			return locked(analysis, redirect);
		}
		redirect.addFlashAttribute("flashError", "analysis.transition.invalid");
		return "redirect:/analyses/" + analysis.getId();
	}

}
