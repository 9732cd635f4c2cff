package org.alliance.web.setup;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.person.FirstAdministrator;
import org.alliance.domain.person.Person;
import org.alliance.web.shared.FormSubmission;

import org.springframework.http.HttpStatus;
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
 * The first administrator's one-time link: they choose their name and password, then sign
 * in. Anyone may open the page; only a usable link shows the form, and an unknown, used
 * or expired link, or one opened after an administrator is set up, gets 410 with what to
 * do.
 */
@Controller
@PreAuthorize("permitAll()")
class SetupController {

	private final FirstAdministrator firstAdministrator;

	SetupController(FirstAdministrator firstAdministrator) {
		this.firstAdministrator = firstAdministrator;
	}

	@GetMapping("/setup/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		return this.firstAdministrator.personFor(token).map((person) -> {
			model.addAttribute("setupForm", SetupForm.of(person));
			model.addAttribute("email", person.getEmail());
			model.addAttribute("token", token);
			return "setup";
		}).orElseGet(() -> gone(response));
	}

	@PostMapping("/setup/{token}")
	String complete(@PathVariable String token, @Valid @ModelAttribute("setupForm") SetupForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Person person = this.firstAdministrator.personFor(token).orElse(null);
		if (person == null) {
			return gone(response);
		}
		model.addAttribute("email", person.getEmail());
		model.addAttribute("token", token);
		if (!result.hasErrors() && !form.password().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		// a link used up in the meantime is refused at the top of the form
		return FormSubmission.handle(result, response, () -> {
			this.firstAdministrator.complete(token, form.displayName(), form.password());
			redirect.addAttribute("setup", "");
			return "redirect:/login";
		}, () -> "setup");
	}

	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "setup-invalid";
	}

}
