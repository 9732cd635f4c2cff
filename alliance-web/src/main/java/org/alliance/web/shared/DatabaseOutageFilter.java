package org.alliance.web.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When PostgreSQL cannot be reached, every page (sessions live in the database too)
 * answers with a calm 503 page instead of an error trace. It wraps the whole chain, so it
 * also catches failures of the session store. Nothing is cached: once the database is
 * back, the next request works.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ObjectProvider<DataSource> dataSource;

	DatabaseOutageFilter(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted() || !(isDatabaseUnreachable(ex) || (touchesDatabase(ex) && !databaseAnswers()))) {
				throw ex;
			}
			log.warn("Database unreachable while serving {}: {}", request.getRequestURI(), ex.getMessage());
			response.reset();
			SecurityHeaders.apply(response);
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "60");
			response.setContentType("text/html;charset=UTF-8");
			try (InputStream page = new ClassPathResource("static/unavailable.html").getInputStream()) {
				response.getWriter().write(new String(page.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

	/**
	 * A failure that came from talking to the database, whatever Spring or Hibernate
	 * wrapped it in.
	 */
	static boolean touchesDatabase(Throwable ex) {
		for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof SQLException || t instanceof DataAccessException || t instanceof TransactionException
					|| t.getClass().getName().startsWith("org.hibernate.")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Asks the pool for a working connection; false when PostgreSQL cannot be reached.
	 */
	private boolean databaseAnswers() {
		try (Connection connection = this.dataSource.getObject().getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException | RuntimeException probe) {
			return false;
		}
	}

	static boolean isDatabaseUnreachable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
					|| (t instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))
					|| t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
