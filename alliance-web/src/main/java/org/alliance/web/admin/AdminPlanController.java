package org.alliance.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.plan.PlanService;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.application.plan.PlanViews;
import org.alliance.web.shared.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage plans and their aims. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminPlanController {

	private final PlanService service;

	private final PlanViews plans;

	AdminPlanController(PlanService service, PlanViews plans) {
		this.service = service;
		this.plans = plans;
	}

	@GetMapping("/admin/plans")
	String list(Model model) {
		model.addAttribute("plans", this.plans.plansNewestFirst());
		return "admin/plans";
	}

	@GetMapping("/admin/plans/new")
	String newPlan(Model model) {
		model.addAttribute("planForm", PlanForm.blank());
		return planForm(null, model);
	}

	@PostMapping("/admin/plans")
	String create(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			Plan plan = this.service.create(form.draft());
			redirect.addFlashAttribute("flash", "plan.created");
			return "redirect:/admin/plans/" + plan.getId() + "/edit";
		}, () -> planForm(null, model));
	}

	@GetMapping("/admin/plans/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("planForm", PlanForm.from(this.service.plan(id)));
		return planForm(id, model);
	}

	@PostMapping("/admin/plans/{id}/edit")
	String revise(@PathVariable Long id, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = this.service.plan(id);
		return FormSubmission.handle(result, response, () -> {
			this.service.revise(id, form.version(), form.draft());
			redirect.addFlashAttribute("flash", "plan.saved");
			return "redirect:/admin/plans/" + id + "/edit";
		}, () -> {
			model.addAttribute("conflict", true);
			model.addAttribute("latest", PlanForm.from(current));
			model.addAttribute("planForm", form.withVersion(current.getVersion()));
			return planForm(id, model);
		}, () -> planForm(id, model));
	}

	@GetMapping("/admin/plans/{id}/aims/new")
	String newAim(@PathVariable Long id, Model model) {
		int next = this.plans.aimsOf(id).size() + 1;
		this.service.plan(id);
		model.addAttribute("aimForm", new AimForm(next, "", "", null));
		return aimForm(id, null, model);
	}

	@PostMapping("/admin/plans/{id}/aims")
	String addAim(@PathVariable Long id, @Valid @ModelAttribute("aimForm") AimForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.service.plan(id);
		return FormSubmission.handle(result, response, () -> {
			this.service.addAim(id, form.draft());
			redirect.addFlashAttribute("flash", "aim.created");
			return "redirect:/admin/plans/" + id + "/edit";
		}, () -> aimForm(id, null, model));
	}

	@GetMapping("/admin/aims/{aimId}/edit")
	String editAim(@PathVariable Long aimId, Model model) {
		Aim aim = this.service.aim(aimId);
		model.addAttribute("aimForm", AimForm.from(aim));
		return aimForm(aim.getPlanId(), aimId, model);
	}

	@PostMapping("/admin/aims/{aimId}/edit")
	String reviseAim(@PathVariable Long aimId, @Valid @ModelAttribute("aimForm") AimForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Aim current = this.service.aim(aimId);
		return FormSubmission.handle(result, response, () -> {
			this.service.reviseAim(aimId, form.version(), form.draft());
			redirect.addFlashAttribute("flash", "aim.saved");
			return "redirect:/admin/plans/" + current.getPlanId() + "/edit";
		}, () -> {
			model.addAttribute("conflict", true);
			model.addAttribute("latest", AimForm.from(current));
			model.addAttribute("aimForm", form.withVersion(current.getVersion()));
			return aimForm(current.getPlanId(), aimId, model);
		}, () -> aimForm(current.getPlanId(), aimId, model));
	}

	private String planForm(Long id, Model model) {
		model.addAttribute("planId", id);
		model.addAttribute("statuses", PlanStatus.values());
		if (id != null) {
			model.addAttribute("aims", this.plans.aimsOf(id));
		}
		return "admin/plan-form";
	}

	private String aimForm(Long planId, Long aimId, Model model) {
		model.addAttribute("plan", this.service.plan(planId));
		model.addAttribute("aimId", aimId);
		return "admin/aim-form";
	}

}
