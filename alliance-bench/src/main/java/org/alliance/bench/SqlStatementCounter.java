package org.alliance.bench;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * the SQL statements each request executes (sessions included), through datasource-proxy,
 * and reports them in an {@code X-SQL-Statements} response header of requests that send
 * {@code X-Count-SQL}, so a benchmark can show there is no N+1 anywhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "alliance.diagnostics.sql-count", havingValue = "true")
class SqlStatementCounter {

	private static final Logger LOG = LoggerFactory.getLogger(SqlStatementCounter.class);

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource)
						? ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new Counting()).build()
						: bean;
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

	/** Counts each statement (a batch counts once) on the thread that runs it. */
	private static final class Counting implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			int count = ++COUNT.get()[0];
			if (LOG.isDebugEnabled()) {
				LOG.debug("statement {}: {}", count, queries.isEmpty() ? "" : queries.get(0).getQuery());
			}
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

	}

}
