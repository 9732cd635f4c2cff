package org.alliance.web.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.notification.NotificationSettingsService;
import org.alliance.application.notification.NotificationSettingsStore.Digest;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone chooses their own e-mail: a digest (off, daily, weekly on a day), messages
 * when a step is assigned to them, administrators' reminders, and a pause.
 */
@Controller
class NotificationSettingsController {

	private final NotificationSettingsService settings;

	private final Clock clock;

	NotificationSettingsController(NotificationSettingsService settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/account/notifications")
	@PreAuthorize("isAuthenticated()")
	String form(@AuthenticationPrincipal AllianceUser me, Model model) {
		model.addAttribute("notificationForm", NotificationForm.of(this.settings.of(me.personId())));
		return page(me, model);
	}

	@PostMapping("/account/notifications")
	@PreAuthorize("isAuthenticated()")
	String save(@Valid @ModelAttribute("notificationForm") NotificationForm form, BindingResult result,
			@AuthenticationPrincipal AllianceUser me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.settings.save(me.personId(), form.settings());
			redirect.addFlashAttribute("flash", "notifications.saved");
			return "redirect:/account/notifications";
		}, () -> page(me, model));
	}

	private String page(AllianceUser me, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("digests", List.of(Digest.values()));
		model.addAttribute("days", List.of(DayOfWeek.values()));
		model.addAttribute("email", me.getUsername());
		model.addAttribute("today", today);
		model.addAttribute("maxPause", today.plusDays(NotificationSettingsService.MAX_PAUSE_DAYS));
		return "account/notifications";
	}

}
