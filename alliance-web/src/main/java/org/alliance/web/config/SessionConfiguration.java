package org.alliance.web.config;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.person.SignedInSessions;
import org.alliance.web.shared.StaticResources;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in PostgreSQL. Two requests of one person at the same moment (two tabs)
 * may both add the same session attribute; PostgreSQL's upsert makes that safe instead of
 * a duplicate key. Style sheets and images are served without looking the session up at
 * all, and the session filter works through {@link ThriftySessionRepository}, which
 * writes an unchanged session at most once a minute and does not read back what it has
 * just saved. The JDBC repository is configured here ({@link EnableJdbcHttpSession})
 * because Spring Boot's own setup steps aside as soon as another session repository
 * exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

	/**
	 * The idle timeout, {@code spring.session.timeout} as with Spring Boot's own setup.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${spring.session.timeout:30m}") Duration timeout) {
		return (repository) -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	/**
	 * The store the session filter and everything else that asks for a session repository
	 * use: Spring Boot's JDBC repository behind the savings.
	 */
	@Bean
	@Primary
	ThriftySessionRepository thriftySessionRepository(JdbcIndexedSessionRepository jdbc) {
		return new ThriftySessionRepository(jdbc);
	}

	/** Ends a person's sessions on every instance: they live in the shared database. */
	@Bean
	SignedInSessions signedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SignedInSessions() {

			@Override
			public void endAllOf(String email) {
				sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
			}

			@Override
			public void endAllOfExcept(String email, String keptSessionId) {
				sessions.findByPrincipalName(email)
					.keySet()
					.stream()
					.filter((id) -> !id.equals(keptSessionId))
					.forEach(sessions::deleteById);
			}

		};
	}

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * The SESSION cookie (HttpOnly, SameSite=Lax, Secure over TLS), ignored for static
	 * files.
	 */
	@Bean
	HttpSessionIdResolver httpSessionIdResolver() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName("SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
		cookies.setCookieSerializer(serializer);
		return new HttpSessionIdResolver() {
			@Override
			public List<String> resolveSessionIds(HttpServletRequest request) {
				return StaticResources.isStatic(request) ? List.of() : cookies.resolveSessionIds(request);
			}

			@Override
			public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
				cookies.setSessionId(request, response, sessionId);
			}

			@Override
			public void expireSession(HttpServletRequest request, HttpServletResponse response) {
				if (!StaticResources.isStatic(request)) {
					cookies.expireSession(request, response);
				}
			}
		};
	}

	/** Forgets the saved session when the request ends, whatever happened. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionReadBackReset() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						ThriftySessionRepository.endOfRequest();
						try {
							chain.doFilter(request, response);
						}
						finally {
							ThriftySessionRepository.endOfRequest();
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
