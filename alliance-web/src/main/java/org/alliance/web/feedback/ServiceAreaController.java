package org.alliance.web.feedback;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.feedback.FeedbackService;
import org.alliance.application.feedback.FeedbackViews;
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

/** The list of service areas feedback can be about, kept by administrators. */
@Controller
class ServiceAreaController {

	private final FeedbackViews areas;

	private final FeedbackService service;

	ServiceAreaController(FeedbackViews areas, FeedbackService service) {
		this.areas = areas;
		this.service = service;
	}

	@GetMapping("/admin/service-areas")
	@PreAuthorize("hasRole('ADMIN')")
	String list(Model model) {
		model.addAttribute("areaForm", new AreaForm(""));
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("areas", this.areas.serviceAreas());
		return "admin/service-areas";
	}

	@PostMapping("/admin/service-areas")
	@PreAuthorize("hasRole('ADMIN')")
	String add(@Valid @ModelAttribute("areaForm") AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.addServiceArea(form.name());
			redirect.addFlashAttribute("flash", "serviceArea.added");
			return "redirect:/admin/service-areas";
		}, () -> page(model));
	}

	@PostMapping("/admin/service-areas/{id}/toggle")
	@PreAuthorize("hasRole('ADMIN')")
	String toggle(@PathVariable Long id, RedirectAttributes redirect) {
		this.service.toggleServiceArea(id);
		redirect.addFlashAttribute("flash", "serviceArea.saved");
		return "redirect:/admin/service-areas";
	}

}
