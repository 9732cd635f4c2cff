package org.alliance.web.config;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in PostgreSQL. Two requests of one person at the same moment (two tabs)
 * may both add the same session attribute; PostgreSQL's upsert makes that safe instead of
 * a duplicate key. Two savings keep the shared store cheap: style sheets and images are
 * served without looking the session up at all, and the session a request has just saved
 * is not read back from the database in the same request (Spring Session reads it again
 * to check it still exists: spring-projects/spring-session#1731).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final List<String> SESSIONLESS_PREFIXES = List.of("/css/", "/images/", "/favicon.ico");

	/** The session a request saved, by this thread, until the request ends. */
	private static final ThreadLocal<Session> JUST_SAVED = new ThreadLocal<>();

	/** The session as the request found it in the database, until the request ends. */
	private static final ThreadLocal<Loaded> LOADED = new ThreadLocal<>();

	/**
	 * A session whose attributes did not change is written back (to record the access) at
	 * most this often, so reading pages does not write to the database on every request;
	 * the idle timeout can end a session up to this much early.
	 */
	static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

	private record Loaded(String id, Instant lastAccessed, Duration maxInactive) {
	}

	private static final Method DELTA = deltaAccessor();

	private static Method deltaAccessor() {
		try {
			Method method = Class.forName(JdbcIndexedSessionRepository.class.getName() + "$JdbcSession")
				.getDeclaredMethod("getDelta");
			method.setAccessible(true);
			return method;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// another Spring Session version: every access is written, as by default
			return null;
		}
	}

	/** Whether saving would only move the last access time a little. */
	static boolean onlyRecentlyTouched(Session session) {
		Loaded loaded = LOADED.get();
		if (DELTA == null || loaded == null || !loaded.id().equals(session.getId())
				|| !loaded.maxInactive().equals(session.getMaxInactiveInterval())
				|| Duration.between(loaded.lastAccessed(), session.getLastAccessedTime())
					.compareTo(TOUCH_INTERVAL) >= 0) {
			return false;
		}
		try {
			return ((Map<?, ?>) DELTA.invoke(session)).isEmpty();
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return false;
		}
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
				return isSessionless(request) ? List.of() : cookies.resolveSessionIds(request);
			}

			@Override
			public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
				cookies.setSessionId(request, response, sessionId);
			}

			@Override
			public void expireSession(HttpServletRequest request, HttpServletResponse response) {
				if (!isSessionless(request)) {
					cookies.expireSession(request, response);
				}
			}
		};
	}

	static boolean isSessionless(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return SESSIONLESS_PREFIXES.stream().anyMatch(path::startsWith);
	}

	/**
	 * Serves the read-back that follows a save from the saved session itself, within the
	 * same request only.
	 */
	@Bean
	static BeanPostProcessor sessionReadBack() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JdbcIndexedSessionRepository)) {
					return bean;
				}
				ProxyFactory factory = new ProxyFactory(bean);
				factory.setProxyTargetClass(true);
				factory.addAdvice((MethodInterceptor) (invocation) -> {
					String name = invocation.getMethod().getName();
					Object[] args = invocation.getArguments();
					if (name.equals("findById") && args.length == 1) {
						Session saved = JUST_SAVED.get();
						if (saved != null && saved.getId().equals(args[0])) {
							JUST_SAVED.remove();
							return saved;
						}
					}
					if (name.equals("save") && args.length == 1 && args[0] instanceof Session session
							&& onlyRecentlyTouched(session)) {
						JUST_SAVED.set(session);
						return null;
					}
					Object result = invocation.proceed();
					if (name.equals("findById") && result instanceof Session found) {
						LOADED.set(
								new Loaded(found.getId(), found.getLastAccessedTime(), found.getMaxInactiveInterval()));
					}
					if (name.equals("save") && args.length == 1 && args[0] instanceof Session session) {
						JUST_SAVED.set(session);
					}
					else if (name.equals("deleteById")) {
						JUST_SAVED.remove();
					}
					return result;
				});
				return factory.getProxy();
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
						JUST_SAVED.remove();
						LOADED.remove();
						try {
							chain.doFilter(request, response);
						}
						finally {
							JUST_SAVED.remove();
							LOADED.remove();
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
