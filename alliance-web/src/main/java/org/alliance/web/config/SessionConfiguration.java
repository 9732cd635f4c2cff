package org.alliance.web.config;

import java.io.IOException;
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
					Object result = invocation.proceed();
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
						try {
							chain.doFilter(request, response);
						}
						finally {
							JUST_SAVED.remove();
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
