package org.alliance.web.language;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.audit.AuditLog;
import org.alliance.domain.person.Person;
import org.alliance.application.person.PeopleViews;
import org.alliance.web.security.AllianceUser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Switches the interface language for this session and, for a signed-in person, keeps it
 * as their preference (recorded in the audit trail).
 */
@Component
class LanguagePreference {

	private final LocaleResolver localeResolver;

	private final PeopleViews people;

	private final AuditLog audit;

	LanguagePreference(LocaleResolver localeResolver, PeopleViews people, AuditLog audit) {
		this.localeResolver = localeResolver;
		this.people = people;
		this.audit = audit;
	}

	static boolean supported(@Nullable String lang) {
		return lang != null && Person.LANGUAGES.contains(lang);
	}

	/** Does nothing for a language the application does not offer. */
	@Transactional
	public void choose(@Nullable String lang, @Nullable AllianceUser me, HttpServletRequest request,
			HttpServletResponse response) {
		if (!supported(lang)) {
			return;
		}
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

}
