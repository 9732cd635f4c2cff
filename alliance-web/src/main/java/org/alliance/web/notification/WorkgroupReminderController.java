package org.alliance.web.notification;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.notification.Notifications;
import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.workgroup.WorkgroupViews;
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

/**
 * An administrator's one-off reminder to a workgroup: each member gets the note and a
 * list of their open steps there, by e-mail.
 */
@Controller
class WorkgroupReminderController {

	private final Notifications notifications;

	private final WorkgroupViews workgroups;

	WorkgroupReminderController(Notifications notifications, WorkgroupViews workgroups) {
		this.notifications = notifications;
		this.workgroups = workgroups;
	}

	@GetMapping("/admin/workgroups/{id}/reminder")
	@PreAuthorize("hasRole('ADMIN')")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("reminderForm", ReminderForm.blank());
		return page(id, model);
	}

	@PostMapping("/admin/workgroups/{id}/reminder")
	@PreAuthorize("hasRole('ADMIN')")
	String send(@PathVariable long id, @Valid @ModelAttribute("reminderForm") ReminderForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Workgroup workgroup = workgroup(id);
		return FormSubmission.handle(result, response, () -> {
			int queued = this.notifications.remindWorkgroup(workgroup.getId(), form.note());
			redirect.addFlashAttribute("flash", (queued > 0) ? "reminder.queued" : "reminder.nobody");
			return "redirect:/workgroups/" + workgroup.getId();
		}, () -> page(id, model));
	}

	private String page(long id, Model model) {
		model.addAttribute("workgroup", workgroup(id));
		return "admin/reminder";
	}

	private Workgroup workgroup(long id) {
		return this.workgroups.findById(id).orElseThrow(() -> new NotFoundException("Workgroup", id));
	}

}
