package org.alliance.web.language;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.alliance.domain.person.Person;
import org.alliance.web.security.AllianceUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the interface language: what the person chose in this session, else their saved
 * preference, else the best match for the browser's languages, else English.
 */
@Component("localeResolver")
class AllianceLocaleResolver implements LocaleResolver {

	static final String SESSION_ATTRIBUTE = AllianceLocaleResolver.class.getName() + ".LOCALE";

	private static final List<Locale> SUPPORTED = Person.LANGUAGES.stream().map(Locale::forLanguageTag).toList();

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		// public pages: the language is in the address (each a page of its own, for
		// caches
		// and links), else the browser's
		// (an unsubscribe link carries its reader's language the same way)
		if (request.getRequestURI().startsWith(request.getContextPath() + "/public")
				|| request.getRequestURI().startsWith(request.getContextPath() + "/unsubscribe/")
				|| request.getRequestURI().equals(request.getContextPath() + "/feedback")
				|| request.getRequestURI().startsWith(request.getContextPath() + "/feedback/")) {
			String lang = request.getParameter("lang");
			if (lang != null && Person.LANGUAGES.contains(lang)) {
				return Locale.forLanguageTag(lang);
			}
			return fromBrowser(request);
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AllianceUser user
				&& user.language() != null) {
			return Locale.forLanguageTag(user.language());
		}
		return fromBrowser(request);
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (match != null) {
					return match;
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header is no reason to fail the page: fall back to English
			}
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		request.getSession().setAttribute(SESSION_ATTRIBUTE, locale);
	}

}
