package org.alliance.web.security;

import org.springframework.security.web.csrf.CsrfException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's refusals made before a handler runs (no or a bad token, too many requests, no
 * permission, a missing CSRF token on a browser session): RFC 9457 problem details, never
 * a redirect to the sign-in page.
 */
public final class ApiProblems {

	public static final String MEDIA_TYPE = "application/problem+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiProblems() {
	}

	/** Anonymous: 401 with a {@code WWW-Authenticate: Bearer} challenge. */
	static AuthenticationEntryPoint unauthenticated() {
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"alliance\"");
			write(request, response, HttpStatus.UNAUTHORIZED,
					"Sign in, or send a personal access token as 'Authorization: Bearer <token>'.");
		};
	}

	/** Signed in, but not allowed (or a browser request without its CSRF token). */
	static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN,
				(exception instanceof CsrfException)
						? "A request made with a browser session must carry the session's CSRF token"
								+ " (header X-CSRF-TOKEN); programs send a personal access token instead."
						: "You do not have permission to do this.");
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

}
