package org.alliance.web.account;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.token.AccessTokenService;
import org.alliance.application.token.AccessTokenStore.Scope;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's personal access tokens for the API: made (the token shown once, never
 * again), listed with when each was last used, revoked. Administrators see and revoke
 * everyone's.
 */
@Controller
class TokenController {

	private final AccessTokenService tokens;

	private final Clock clock;

	TokenController(AccessTokenService tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	@PreAuthorize("isAuthenticated()")
	String list(@AuthenticationPrincipal AllianceUser me, Model model) {
		model.addAttribute("tokenForm", TokenForm.blank());
		return page(me, model);
	}

	@PostMapping("/account/tokens")
	@PreAuthorize("isAuthenticated()")
	String create(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
			@AuthenticationPrincipal AllianceUser me, Model model, HttpServletResponse response) {
		LocalDate today = LocalDate.now(this.clock);
		if (!result.hasErrors() && form.lastDay(today) == null) {
			result.rejectValue("expiresOn", "token.expiry.range");
		}
		return FormSubmission.handle(result, response, () -> {
			AccessTokenService.Created created = this.tokens.create(me.personId(), form.name(), form.scope(),
					form.lastDay(today));
			// shown on this response only: never stored, never in a redirect or a cache
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("created", created);
			model.addAttribute("tokenForm", TokenForm.blank());
			return page(me, model);
		}, () -> page(me, model));
	}

	@PostMapping("/account/tokens/{id}/revoke")
	@PreAuthorize("isAuthenticated()")
	String revoke(@PathVariable long id, @AuthenticationPrincipal AllianceUser me, RedirectAttributes redirect) {
		this.tokens.revoke(id, me.personId(), false);
		redirect.addFlashAttribute("flash", "token.revoked");
		return "redirect:/account/tokens";
	}

	@GetMapping("/admin/tokens")
	@PreAuthorize("hasRole('ADMIN')")
	String everyone(Model model) {
		model.addAttribute("tokens", this.tokens.allActive());
		model.addAttribute("now", this.clock.instant());
		return "admin/tokens";
	}

	@PostMapping("/admin/tokens/{id}/revoke")
	@PreAuthorize("hasRole('ADMIN')")
	String revokeAnyone(@PathVariable long id, @AuthenticationPrincipal AllianceUser me, RedirectAttributes redirect) {
		this.tokens.revoke(id, me.personId(), true);
		redirect.addFlashAttribute("flash", "token.revoked");
		return "redirect:/admin/tokens";
	}

	private String page(AllianceUser me, Model model) {
		model.addAttribute("tokens", this.tokens.ofPerson(me.personId()));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("scopes", Scope.values());
		model.addAttribute("expiries", TokenForm.Expiry.values());
		model.addAttribute("maxDate", LocalDate.now(this.clock).plusDays(AccessTokenService.MAX_DAYS));
		return "account/tokens";
	}

}
