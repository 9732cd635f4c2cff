package org.alliance.web.config;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.domain.shared.Dates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Input that PostgreSQL would refuse is refused first, with a message: dates outside the
 * years a plan can hold (a form field then shows "Enter a date such as 2026-12-31" beside
 * what was typed; a filter in an address gets a 400 page), and text with a NUL character,
 * which no PostgreSQL text column can store (400).
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		// added after Spring's own, so it is the one used for @DateTimeFormat dates
		registry.addFormatterForFieldAnnotation(new PlausibleIsoDates());
	}

	/** ISO dates ({@code 2026-12-31}) within {@link Dates}' years. */
	static final class PlausibleIsoDates implements AnnotationFormatterFactory<DateTimeFormat> {

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(LocalDate.class);
		}

		@Override
		public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
			return (Printer<LocalDate>) (date, locale) -> date.toString();
		}

		@Override
		public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
			return (Parser<LocalDate>) (text, locale) -> {
				LocalDate date;
				try {
					date = LocalDate.parse(text.trim());
				}
				catch (DateTimeParseException ex) {
					throw new IllegalArgumentException("not a date: " + text, ex);
				}
				if (!Dates.isPlausible(date)) {
					throw new IllegalArgumentException("not a plausible date: " + text);
				}
				return date;
			};
		}

	}

	@Bean
	OncePerRequestFilter nulCharacters() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
					for (String value : parameter.getValue()) {
						if (value.indexOf('\u0000') >= 0 || parameter.getKey().indexOf('\u0000') >= 0) {
							response.sendError(HttpServletResponse.SC_BAD_REQUEST,
									"A field held a NUL character, which cannot be stored.");
							return;
						}
					}
				}
				chain.doFilter(request, response);
			}
		};
	}

}
