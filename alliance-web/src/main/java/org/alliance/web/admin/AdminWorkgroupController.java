package org.alliance.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.workgroup.WorkgroupService;
import org.alliance.domain.person.Person;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.person.PeopleViews;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.shared.FormSubmission;
import org.alliance.web.workgroup.MembershipChanges;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create and describe workgroups, and assign and remove their leads. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminWorkgroupController {

	private final WorkgroupService service;

	private final WorkgroupViews workgroups;

	private final PeopleViews people;

	AdminWorkgroupController(WorkgroupService service, WorkgroupViews workgroups, PeopleViews people) {
		this.service = service;
		this.workgroups = workgroups;
		this.people = people;
	}

	@GetMapping("/admin/workgroups/new")
	String newWorkgroup(Model model) {
		model.addAttribute("workgroupForm", WorkgroupForm.blank());
		return form(null, model);
	}

	@PostMapping("/admin/workgroups")
	String create(@Valid @ModelAttribute("workgroupForm") WorkgroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form.leadId() == null) {
			result.rejectValue("leadId", "workgroup.lead.required");
		}
		return FormSubmission.handle(result, response, () -> {
			Workgroup workgroup = this.service.create(form.name(), form.charge(), form.leadId());
			redirect.addFlashAttribute("flash", "workgroup.created");
			return "redirect:/workgroups/" + workgroup.getId();
		}, () -> form(null, model));
	}

	@GetMapping("/admin/workgroups/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("workgroupForm", WorkgroupForm.from(load(id)));
		return form(id, model);
	}

	@PostMapping("/admin/workgroups/{id}/edit")
	String describe(@PathVariable Long id, @Valid @ModelAttribute("workgroupForm") WorkgroupForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Workgroup current = load(id);
		return FormSubmission.handle(result, response, () -> {
			this.service.describe(id, form.name(), form.charge(), form.version());
			redirect.addFlashAttribute("flash", "workgroup.saved");
			return "redirect:/workgroups/" + id;
		}, () -> {
			model.addAttribute("conflict", true);
			model.addAttribute("latest", WorkgroupForm.from(current));
			model.addAttribute("workgroupForm",
					new WorkgroupForm(form.name(), form.charge(), null, current.getVersion()));
			return form(id, model);
		}, () -> form(id, model));
	}

	@PostMapping("/admin/workgroups/{id}/leads")
	String appointLead(@PathVariable Long id, @RequestParam(required = false) Long personId,
			RedirectAttributes redirect) {
		load(id);
		return MembershipChanges.apply(id, redirect, "workgroup.lead.appointed",
				() -> this.service.appointLead(id, personId));
	}

	@PostMapping("/admin/workgroups/{id}/leads/{personId}/remove")
	String removeLead(@PathVariable Long id, @PathVariable Long personId, RedirectAttributes redirect) {
		load(id);
		return MembershipChanges.apply(id, redirect, "workgroup.lead.removed",
				() -> this.service.removeLead(id, personId));
	}

	private Workgroup load(Long id) {
		return this.workgroups.findById(id).orElseThrow(() -> new NotFoundException("Workgroup", id));
	}

	private String form(Long id, Model model) {
		model.addAttribute("workgroupId", id);
		model.addAttribute("people",
				this.people.findAllByOrderByDisplayNameAsc().stream().filter(Person::isEnabled).toList());
		return "admin/workgroup-form";
	}

}
