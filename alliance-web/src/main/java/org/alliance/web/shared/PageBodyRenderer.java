package org.alliance.web.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.shared.CacheSettings;
import org.alliance.application.shared.ReadCache;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders the body of a page that is the same for every reader (a dashboard: no names, no
 * form tokens) once per data version and language, and keeps the HTML until the data
 * changes (one render per key however many readers arrive at once); the layout around it
 * (who is signed in, the language switch with its token) is still rendered for each
 * request. Templates rendered this way must not show anything personal and must not
 * contain forms that post.
 */
@Component
public class PageBodyRenderer {

	/** The cache's name in the cache manager. */
	public static final String CACHE = "page-bodies";

	/**
	 * At most this many bodies are kept, so that many different filters cannot fill the
	 * heap.
	 */
	static final int MAX_BODIES = 64;

	private final SpringTemplateEngine engine;

	private final ApplicationContext applicationContext;

	private final ReadCache data;

	private final Cache bodies;

	PageBodyRenderer(SpringTemplateEngine engine, ApplicationContext applicationContext, ReadCache data,
			CacheManager caches) {
		this.engine = engine;
		this.applicationContext = applicationContext;
		this.data = data;
		this.bodies = CacheSettings.cache(caches, CACHE);
	}

	@Configuration(proxyBeanMethods = false)
	static class Caching {

		@Bean
		CacheSettings.Spec pageBodyCache() {
			return new CacheSettings.Spec(CACHE, MAX_BODIES, CacheSettings.LIFETIME);
		}

	}

	/** What a cached body holds: its HTML and the variables the layout still needs. */
	public record Body(String html, Map<String, Object> layoutVariables) {
	}

	/** Supplies the variables of the body template, on a cache miss only. */
	@FunctionalInterface
	public interface Variables {

		Map<String, Object> load();

	}

	/**
	 * @param key everything the body depends on besides the data version and the language
	 * @param layoutNames the variables the surrounding page needs as well
	 */
	public Body render(String template, Object key, Variables variables, Set<String> layoutNames,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		Key cacheKey = new Key(template, key, locale, this.data.version());
		return CacheSettings.load(this.bodies, cacheKey,
				() -> render(template, variables, layoutNames, request, response, locale));
	}

	private Body render(String template, Variables variables, Set<String> layoutNames, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		Map<String, Object> values = variables.load();
		String html = html(template, values, locale, request, response);
		Map<String, Object> layout = new HashMap<>();
		layoutNames.forEach((name) -> layout.put(name, values.get(name)));
		return new Body(html, layout);
	}

	/**
	 * A whole page rendered to a string, for a caller that keeps it (a page that is the
	 * same for everyone, such as a public page).
	 */
	public String html(String template, Map<String, Object> values, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale, values);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		return this.engine.process(template, context);
	}

	private record Key(String template, Object key, Locale locale, long version) {
	}

}
