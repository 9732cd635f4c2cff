package org.alliance.web.notification;

import org.alliance.application.notification.NotificationSettingsService;
import org.alliance.application.notification.NotificationSettingsService.Unsubscribe;
import org.alliance.application.notification.Subscription;
import org.alliance.application.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of every message, without signing in: its key is the
 * authorisation. Opening it asks (mail scanners open links too); the button, or a mail
 * program's one-click unsubscribe (RFC 8058), turns that kind of message off. A key that
 * names nobody is not found.
 */
@Controller
class UnsubscribeController {

	private final NotificationSettingsService settings;

	UnsubscribeController(NotificationSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping("/unsubscribe/{key}/{kind}")
	@PreAuthorize("permitAll()")
	String ask(@PathVariable String key, @PathVariable String kind, Model model) {
		Subscription subscription = subscription(kind);
		Unsubscribe link = this.settings.unsubscribeLink(key, subscription)
			.orElseThrow(() -> new NotFoundException("Unsubscribe link", 0L));
		model.addAttribute("link", link);
		model.addAttribute("done", false);
		return "unsubscribe";
	}

	@PostMapping("/unsubscribe/{key}/{kind}")
	@PreAuthorize("permitAll()")
	String unsubscribe(@PathVariable String key, @PathVariable String kind, Model model) {
		Subscription subscription = subscription(kind);
		Unsubscribe link = this.settings.unsubscribe(key, subscription)
			.orElseThrow(() -> new NotFoundException("Unsubscribe link", 0L));
		model.addAttribute("link", link);
		model.addAttribute("done", true);
		return "unsubscribe";
	}

	private static Subscription subscription(String kind) {
		return Subscription.ofSlug(kind).orElseThrow(() -> new NotFoundException("Unsubscribe link", 0L));
	}

}
