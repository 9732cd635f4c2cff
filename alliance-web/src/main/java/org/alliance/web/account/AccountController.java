package org.alliance.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.person.PersonService;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.security.LoginThrottle;
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
 * Everyone can change their own password; the current-password check is throttled and the
 * person's other sessions end.
 */
@Controller
class AccountController {

	private final PersonService people;

	private final LoginThrottle throttle;

	AccountController(PersonService people, LoginThrottle throttle) {
		this.people = people;
		this.throttle = throttle;
	}

	@GetMapping("/account/password")
	@PreAuthorize("isAuthenticated()")
	String form(Model model) {
		model.addAttribute("passwordForm", PasswordChangeForm.blank());
		return "account/password";
	}

	@PostMapping("/account/password")
	@PreAuthorize("isAuthenticated()")
	String change(@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
			@AuthenticationPrincipal AllianceUser me, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		// each check of the current password takes one of a few attempts, right or wrong
		if (!result.hasErrors() && !this.throttle.tryPasswordCheck(me.personId())) {
			result.rejectValue("currentPassword", "password.current.throttled");
		}
		return FormSubmission.handle(result, response, () -> {
			this.people.changeOwnPassword(me.personId(), form.currentPassword(), form.newPassword(),
					request.getSession().getId());
			this.throttle.passwordCheckSucceeded(me.personId());
			redirect.addFlashAttribute("flash", "password.changed");
			return "redirect:/";
		}, () -> "account/password");
	}

}
