package org.alliance.web.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart form whose file name holds a NUL byte is refused by Tomcat while it parses
 * the body, before any field reaches the app (the first code to ask for a parameter, the
 * CSRF check, gets the exception). Such a request is answered 422 with the error page's
 * words for it ("the name of a file holds characters a file name cannot have, nothing was
 * saved"), never a 500 with a stack trace. No browser sends such a name (file systems do
 * not allow it); names the app can read are checked by {@code Evidence.nameProblem} with
 * the form shown again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadNameFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException ex) {
			if (!isRefusedFileName(ex) || response.isCommitted()) {
				throw ex;
			}
			response.sendError(422);
		}
	}

	static boolean isRefusedFileName(Throwable ex) {
		for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
			if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
				return true;
			}
		}
		return false;
	}

}
