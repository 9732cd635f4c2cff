package org.alliance.web.shared;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Benchmark diagnostics, off unless {@code alliance.diagnostics.sql-count=true}: counts
 * the SQL statements each request prepares (sessions included) and reports them in an
 * {@code X-SQL-Statements} response header of requests that send {@code X-Count-SQL}, so
 * a benchmark can show there is no N+1 anywhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "alliance.diagnostics.sql-count", havingValue = "true")
class SqlStatementCounter {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SqlStatementCounter.class);

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource) ? proxy(DataSource.class, dataSource) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sqlCountFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						COUNT.get()[0] = 0;
						if (request.getHeader("X-Count-SQL") == null) {
							// only requests that ask are buffered to carry the header, so
							// load
							// runs measure the application, not the diagnostics
							chain.doFilter(request, response);
							return;
						}
						ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response) {
							@Override
							public void sendRedirect(String location) throws IOException {
								// a redirect commits the response: report the statements
								// so far
								setHeader("X-SQL-Statements", String.valueOf(COUNT.get()[0]));
								super.sendRedirect(location);
							}
						};
						chain.doFilter(request, wrapper);
						wrapper.setHeader("X-SQL-Statements", String.valueOf(COUNT.get()[0]));
						wrapper.copyBodyToResponse();
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target) {
		InvocationHandler handler = (p, method, args) -> {
			String name = method.getName();
			if (type == Connection.class && (name.equals("prepareStatement") || name.equals("createStatement")
					|| name.equals("prepareCall"))) {
				COUNT.get()[0]++;
				if (LOG.isDebugEnabled()) {
					LOG.debug("statement {}: {}", COUNT.get()[0], (args != null && args.length > 0) ? args[0] : "");
				}
			}
			try {
				Object result = method.invoke(target, args);
				if (type == DataSource.class && name.equals("getConnection")) {
					return proxy(Connection.class, (Connection) result);
				}
				return result;
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
