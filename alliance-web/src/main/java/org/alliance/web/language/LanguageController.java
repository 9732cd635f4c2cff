package org.alliance.web.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.web.security.AllianceUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Switches the interface language and, for a signed-in person, remembers it as their
 * preference. (On a form shown again with errors the switch sends the form itself back
 * instead: {@link LanguageSwitchInterceptor}.)
 */
@Controller
class LanguageController {

	private final LanguagePreference preference;

	LanguageController(LanguagePreference preference) {
		this.preference = preference;
	}

	@PostMapping("/language")
	@PreAuthorize("permitAll()")
	String change(@RequestParam(required = false) String lang, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal AllianceUser me, HttpServletRequest request, HttpServletResponse response) {
		this.preference.choose(lang, me, request, response);
		return "redirect:" + safeReturn(returnTo);
	}

	/** Only paths inside the app: never another site (no open redirect). */
	static String safeReturn(String returnTo) {
		if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
				|| returnTo.contains("\r") || returnTo.contains("\n") || returnTo.startsWith("/language")) {
			return "/";
		}
		return returnTo;
	}

}
