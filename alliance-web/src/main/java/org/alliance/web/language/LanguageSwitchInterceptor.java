package org.alliance.web.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Switching language on a form shown again with errors sends the form itself back, with
 * what was typed, and {@value #PARAMETER} naming the language: the language changes, and
 * the form is checked and shown again in it, but nothing is saved
 * ({@link FormSubmission#isLanguageSwitch()}).
 */
@Configuration(proxyBeanMethods = false)
class LanguageSwitchInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	static final String PARAMETER = FormSubmission.LANGUAGE_SWITCH;

	private final LanguagePreference preference;

	LanguageSwitchInterceptor(LanguagePreference preference) {
		this.preference = preference;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// only forms sent as form fields (a file upload is never a language switch, and
		// reading its parameters here would read the file)
		String type = request.getContentType();
		if (!"POST".equals(request.getMethod())
				|| (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/"))) {
			return true;
		}
		String lang = request.getParameter(PARAMETER);
		if (lang != null) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			AllianceUser me = (authentication != null && authentication.getPrincipal() instanceof AllianceUser user)
					? user : null;
			this.preference.choose(lang, me, request, response);
		}
		return true;
	}

}
