package org.alliance.web.step;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.step.StepService;
import org.alliance.domain.step.ActionStep;
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

/** Leads create, revise and assign their workgroup's steps. */
@Controller
class StepEditController {

	private final StepService service;

	private final StepFormOptions options;

	StepEditController(StepService service, StepFormOptions options) {
		this.service = service;
		this.options = options;
	}

	@GetMapping("/workgroups/{workgroupId}/steps/new")
	@PreAuthorize("@access.canManageWorkgroup(authentication, #workgroupId)")
	String newStep(@PathVariable Long workgroupId, Model model) {
		model.addAttribute("step", StepForm.blank());
		return form(workgroupId, null, model);
	}

	@PostMapping("/workgroups/{workgroupId}/steps")
	@PreAuthorize("@access.canManageWorkgroup(authentication, #workgroupId)")
	String create(@PathVariable Long workgroupId, @Valid @ModelAttribute("step") StepForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			ActionStep step = this.service.create(workgroupId, form.draft());
			redirect.addFlashAttribute("flash", "step.created");
			return "redirect:/action-steps/" + step.getId();
		}, () -> form(workgroupId, null, model));
	}

	@GetMapping("/action-steps/{id}/edit")
	@PreAuthorize("@access.canManageStep(authentication, #id)")
	String edit(@PathVariable Long id, Model model) {
		ActionStep step = this.service.step(id);
		model.addAttribute("step", StepForm.from(step));
		return form(step.getWorkgroupId(), id, model);
	}

	@PostMapping("/action-steps/{id}/edit")
	@PreAuthorize("@access.canManageStep(authentication, #id)")
	String revise(@PathVariable Long id, @Valid @ModelAttribute("step") StepForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ActionStep current = this.service.step(id);
		return FormSubmission.handle(result, response, () -> {
			this.service.revise(id, form.version(), form.draft());
			redirect.addFlashAttribute("flash", "step.revised");
			return "redirect:/action-steps/" + id;
		}, () -> {
			model.addAttribute("conflict", true);
			model.addAttribute("latest", StepForm.from(current));
			model.addAttribute("step", form.withVersion(current.getVersion()));
			return form(current.getWorkgroupId(), id, model);
		}, () -> form(current.getWorkgroupId(), id, model));
	}

	private String form(Long workgroupId, Long stepId, Model model) {
		model.addAttribute("stepId", stepId);
		model.addAttribute("options", this.options.forWorkgroup(workgroupId));
		return "steps/form";
	}

}
