package org.alliance.web.language;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.audit.AuditLog;
import org.alliance.domain.person.Person;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.web.security.AllianceUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Switches the interface language and, for a signed-in person, remembers it as their
 * preference.
 */
@Controller
class LanguageController {

	private final LocaleResolver localeResolver;

	private final PersonRepository people;

	private final AuditLog audit;

	LanguageController(LocaleResolver localeResolver, PersonRepository people, AuditLog audit) {
		this.audit = audit;
		this.localeResolver = localeResolver;
		this.people = people;
	}

	@PostMapping("/language")
	@PreAuthorize("permitAll()")
	@Transactional
	String change(@RequestParam(required = false) String lang, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal AllianceUser me, HttpServletRequest request, HttpServletResponse response) {
		if (lang != null && Person.LANGUAGES.contains(lang)) {
			this.localeResolver.setLocale(request, response, Locale.forLanguageTag(lang));
			if (me != null) {
				this.people.findById(me.personId())
					.filter((person) -> !lang.equals(person.getLanguage()))
					.ifPresent((person) -> {
						Map<String, Object> before = person.snapshot();
						person.preferLanguage(lang);
						this.audit.updated("Person", person.getId(), "Language preference changed", before,
								person.snapshot());
					});
			}
		}
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
