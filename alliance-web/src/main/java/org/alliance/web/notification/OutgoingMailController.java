package org.alliance.web.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.notification.OutgoingMail;
import org.alliance.application.notification.OutboxStore.Message;
import org.alliance.application.notification.OutboxStore.Status;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outgoing mail page: every message with its status (queued, sent, failed with the
 * reason, cancelled), each readable, failed ones queued again. Without a mail server the
 * messages stay here, so a demo shows what would be sent.
 */
@Controller
class OutgoingMailController {

	static final int PAGE_SIZE = 25;

	private final OutgoingMail mail;

	OutgoingMailController(OutgoingMail mail) {
		this.mail = mail;
	}

	@GetMapping("/admin/mail")
	@PreAuthorize("hasRole('ADMIN')")
	String list(@RequestParam(required = false) @Nullable Status status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Map<Status, Long> counts = this.mail.counts();
		long total = (status != null) ? counts.get(status) : counts.values().stream().mapToLong(Long::longValue).sum();
		int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, Math.max(pages - 1, 0)));
		model.addAttribute("messages", this.mail.page(status, current * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("counts", counts);
		model.addAttribute("total", total);
		model.addAttribute("status", status);
		model.addAttribute("statuses", Status.values());
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("pageUrl",
				"/admin/mail?" + ((status != null) ? "status=" + status.name() + "&" : "") + "page=");
		model.addAttribute("configured", this.mail.mailServerConfigured());
		return "admin/mail";
	}

	@GetMapping("/admin/mail/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message", this.mail.message(id));
		model.addAttribute("configured", this.mail.mailServerConfigured());
		return "admin/mail-message";
	}

	/**
	 * The HTML part as the reader's mail program would show it, in a sandbox: no script,
	 * no form, nothing loaded from elsewhere.
	 */
	@GetMapping("/admin/mail/{id}/html")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<String> html(@PathVariable long id, HttpServletResponse response) {
		Message message = this.mail.message(id);
		response.setHeader("Content-Security-Policy",
				"sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'");
		response.setHeader("X-Frame-Options", "SAMEORIGIN");
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(message.html());
	}

	@PostMapping("/admin/mail/{id}/retry")
	@PreAuthorize("hasRole('ADMIN')")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", this.mail.retry(id) ? "mail.retry.done" : "mail.retry.notNeeded");
		return "redirect:/admin/mail/" + id;
	}

	@PostMapping("/admin/mail/digests")
	@PreAuthorize("hasRole('ADMIN')")
	String prepareDigests(RedirectAttributes redirect) {
		int queued = this.mail.prepareTodaysDigests();
		redirect.addFlashAttribute("flash", (queued > 0) ? "mail.digests.prepared" : "mail.digests.none");
		return "redirect:/admin/mail";
	}

}
