package org.alliance.web.impact;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.impact.ImpactAnalysisService;
import org.alliance.application.plan.CurrentPlan;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.impact.AnalysisStatus;
import org.alliance.domain.impact.Decision;
import org.alliance.domain.impact.Impact;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.domain.impact.ImpactEffect;
import org.alliance.domain.impact.IncompleteAnalysisException;
import org.alliance.domain.impact.ScreeningAnswer;
import org.alliance.domain.impact.SubjectKind;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.impact.AnalysisRow;
import org.alliance.persistence.impact.ImpactAnalysisRepository;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.alliance.web.security.AccessPolicy;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Racial equity impact analyses. Everyone signed in reads them; their workgroup's members
 * and leads (and administrators) write them; a lead of that workgroup or an administrator
 * other than the owner decides on them. The analysis itself refuses what its status does
 * not allow (a change after sign-off, a sign-off by its owner), with a message.
 */
@Controller
class ImpactAnalysisController {

	private final ImpactAnalysisService service;

	private final ImpactAnalysisRepository analyses;

	private final AccessPolicy access;

	private final PlanRepository plans;

	private final AimRepository aims;

	private final WorkgroupRepository workgroups;

	private final PersonRepository people;

	private final IndicatorRepository indicators;

	private final DimensionValueRepository groups;

	private final MessageSource messages;

	private final AnalysisPdf pdf;

	private final Clock clock;

	private final CurrentPlan currentPlan;

	ImpactAnalysisController(ImpactAnalysisService service, ImpactAnalysisRepository analyses, AccessPolicy access,
			PlanRepository plans, AimRepository aims, WorkgroupRepository workgroups, PersonRepository people,
			IndicatorRepository indicators, DimensionValueRepository groups, MessageSource messages, AnalysisPdf pdf,
			Clock clock, CurrentPlan currentPlan) {
		this.currentPlan = currentPlan;
		this.service = service;
		this.analyses = analyses;
		this.access = access;
		this.plans = plans;
		this.aims = aims;
		this.workgroups = workgroups;
		this.people = people;
		this.indicators = indicators;
		this.groups = groups;
		this.messages = messages;
		this.pdf = pdf;
		this.clock = clock;
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
			return locked(analysis, redirect);
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
		model.addAttribute("plans", this.plans.findAllByOrderByStartDateDescIdDesc());
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
		return page(id, authentication, locale, model);
	}

	@GetMapping("/analyses/{id}.pdf")
	@PreAuthorize("isAuthenticated()")
	void showPdf(@PathVariable Long id, Locale locale, HttpServletResponse response) throws IOException {
		ImpactAnalysisService.Page page = this.service.page(id);
		AnalysisRow row = this.analyses.row(id).orElseThrow();
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "attachment; filename=\"impact-analysis-" + id + ".pdf\"");
		this.pdf.write(page, row, reviewerName(page.analysis()), locale, response.getOutputStream());
	}

	@PostMapping("/analyses/{id}/screening/start")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String startScreening(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "analysis.screening.started", () -> this.service.startScreening(id), "/screening");
	}

	@GetMapping("/analyses/{id}/screening")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String screening(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		ImpactAnalysis analysis = this.service.analysis(id);
		if (analysis.getStatus() != AnalysisStatus.SCREENING && analysis.getStatus() != AnalysisStatus.RETURNED) {
			return notNow(analysis, redirect);
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
			return notNow(analysis, redirect);
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
		model.addAttribute("allIndicators", this.indicators.findAllByName());
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
		}, () -> page(id, authentication, locale, model));
	}

	@PostMapping("/analyses/{id}/effects/{effectId}/remove")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String removeEffect(@PathVariable Long id, @PathVariable Long effectId, RedirectAttributes redirect) {
		this.service.effect(id, effectId);
		return act(id, redirect, "analysis.effect.removed", () -> this.service.removeEffect(id, effectId),
				"#impacts-heading");
	}

	@GetMapping("/analyses/{id}/effects/{effectId}/mitigations/new")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String newMitigation(@PathVariable Long id, @PathVariable Long effectId, Locale locale, Model model,
			RedirectAttributes redirect) {
		ImpactAnalysis analysis = this.service.analysis(id);
		ImpactEffect effect = this.service.effect(id, effectId);
		if (analysis.getStatus() != AnalysisStatus.IN_ANALYSIS && analysis.getStatus() != AnalysisStatus.RETURNED) {
			return notNow(analysis, redirect);
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
				this.groups.findById(effect.getGroupId())
					.map((g) -> groupLabel(g.getDimension().name(), g.getLabel(), locale))
					.orElse(""));
		model.addAttribute("workgroups", this.workgroups.findAllWithMembers());
		model.addAttribute("aims", this.aims.findByPlanIdOrderByNumberAsc(analysis.getPlanId()));
		return "analyses/mitigation";
	}

	@PostMapping("/analyses/{id}/submit")
	@PreAuthorize("@access.canWorkOnAnalysis(authentication, #id)")
	String submit(@PathVariable Long id, @RequestParam(required = false) Long version, Authentication authentication,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.service.submit(id, version);
		}
		catch (IncompleteAnalysisException ex) {
			FormSubmission.failed(response);
			model.addAttribute("missing", ex.missing());
			return page(id, authentication, locale, model);
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
			return page(id, authentication, locale, model);
		}, () -> page(id, authentication, locale, model));
	}

	@PostMapping("/analyses/{id}/publish")
	@PreAuthorize("@access.canReviewAnalysis(authentication, #id)")
	String publish(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "analysis.published", () -> this.service.publish(id), "");
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
			return page(id, authentication, locale, model);
		}, () -> page(id, authentication, locale, model));
	}

	/** A one-button change: done and said, or refused with the rule's message. */
	private String act(Long id, RedirectAttributes redirect, String done, Runnable change, String then) {
		return FormSubmission.button(redirect, done, null, change) ? "redirect:/analyses/" + id + then
				: "redirect:/analyses/" + id;
	}

	private static String locked(ImpactAnalysis analysis, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError",
				analysis.getStatus().isSignedOff() ? "analysis.locked.signedOff" : "analysis.locked.awaiting");
		return "redirect:/analyses/" + analysis.getId();
	}

	private static String notNow(ImpactAnalysis analysis, RedirectAttributes redirect) {
		if (!analysis.getStatus().isEditable()) {
			return locked(analysis, redirect);
		}
		redirect.addFlashAttribute("flashError", "analysis.transition.invalid");
		return "redirect:/analyses/" + analysis.getId();
	}

	private String page(Long id, Authentication authentication, Locale locale, Model model) {
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
				this.groups.findAllInOrder()
					.stream()
					.map((g) -> new GroupChoice(g.getId(), groupLabel(g.getDimension().name(), g.getLabel(), locale)))
					.toList());
		model.addAttribute("impacts", Impact.values());
		model.addAttribute("decisions", Arrays.asList(Decision.values()));
		return "analyses/show";
	}

	private String groupLabel(String dimension, String group, Locale locale) {
		return this.messages.getMessage("dimension." + dimension, null, dimension, locale) + ": " + group;
	}

	private String reviewerName(ImpactAnalysis analysis) {
		return (analysis.getReviewerId() != null)
				? this.people.findById(analysis.getReviewerId()).map((p) -> p.getDisplayName()).orElse("") : "";
	}

}
