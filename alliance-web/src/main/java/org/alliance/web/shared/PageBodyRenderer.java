package org.alliance.web.shared;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the body of a page that is the same for every reader (a dashboard: no names, no
 * form tokens) once per data version and language, and keeps the HTML until the data
 * changes; the layout around it (who is signed in, the language switch with its token) is
 * still rendered for each request. Templates rendered this way must not show anything
 * personal and must not contain forms that post.
 */
@Component
public class PageBodyRenderer {

	private final SpringTemplateEngine engine;

	private final ApplicationContext applicationContext;

	private final DataVersionCache cache;

	/**
	 * The most recently used bodies, at most {@link #MAX_BODIES} of them, so that many
	 * different filters cannot fill the heap.
	 */
	private final Map<Key, Body> bodies = new java.util.LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Body> eldest) {
			return size() > MAX_BODIES;
		}
	};

	static final int MAX_BODIES = 64;

	private final java.time.Clock clock;

	PageBodyRenderer(SpringTemplateEngine engine, ApplicationContext applicationContext, DataVersionCache cache,
			java.time.Clock clock) {
		this.clock = clock;
		this.engine = engine;
		this.applicationContext = applicationContext;
		this.cache = cache;
	}

	/** What a cached body holds: its HTML and the variables the layout still needs. */
	public record Body(String html, Map<String, Object> layoutVariables, long renderedAt) {
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
	public Body render(String template, Object key, Variables variables, java.util.Set<String> layoutNames,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		Key cacheKey = new Key(template, key, locale, this.cache.version());
		Body cached;
		synchronized (this.bodies) {
			cached = this.bodies.get(cacheKey);
		}
		if (cached != null && cached.renderedAt() + DataVersionCache.TTL_MILLIS > this.clock.millis()) {
			return cached;
		}
		Body body = render(template, variables, layoutNames, request, response, locale);
		synchronized (this.bodies) {
			this.bodies.put(cacheKey, body);
		}
		return body;
	}

	private Body render(String template, Variables variables, java.util.Set<String> layoutNames,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Map<String, Object> values = variables.load();
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale, values);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		String html = this.engine.process(template, context);
		Map<String, Object> layout = new java.util.HashMap<>();
		layoutNames.forEach((name) -> layout.put(name, values.get(name)));
		return new Body(html, layout, this.clock.millis());
	}

	private record Key(String template, Object key, Locale locale, long version) {
	}

}
