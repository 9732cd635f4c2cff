package org.alliance.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent after the person's session ended (idle for 30 minutes, or signed out in
 * another tab) has no valid form token. Instead of "not allowed", the person is told that
 * their session ended and asked to sign in again; what they typed is kept (never a
 * password), and after signing in they are back on the page of the form with it shown, so
 * that nothing is lost.
 */
public final class SessionEnded {

	static final String ATTRIBUTE = SessionEnded.class.getName() + ".typed";

	private static final int MAX_FIELDS = 30;

	private static final int MAX_LENGTH = 5000;

	private SessionEnded() {
	}

	/** What a person had typed into a form their ended session could not take. */
	public record Typed(String returnPath, List<Field> fields) implements Serializable {
	}

	/** One field as it was typed. */
	public record Field(String name, String value) implements Serializable {
	}

	/**
	 * Forbidden answers stay as they are, but a form from an ended session goes to
	 * sign-in.
	 */
	static AccessDeniedHandler handler() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && !signedIn()) {
				keepAndSendToSignIn(request, response);
				return;
			}
			forbidden.handle(request, response, denied);
		};
	}

	private static void keepAndSendToSignIn(HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		List<Field> fields = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.startsWith("_") || lower.contains("password") || lower.equals("version")) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (!value.isBlank() && fields.size() < MAX_FIELDS) {
					fields.add(new Field(name, (value.length() > MAX_LENGTH) ? value.substring(0, MAX_LENGTH) : value));
				}
			}
		}
		HttpSession session = request.getSession(true);
		session.setAttribute(ATTRIBUTE, new Typed(returnPath(request), List.copyOf(fields)));
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

	/**
	 * Where the form was: the page that sent it (same site only), else home.
	 */
	static String returnPath(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = new URI(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return "/";
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/login")) {
				return "/";
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (URISyntaxException ex) {
			return "/";
		}
	}

	/** The page to go to after signing in, when a form was waiting. */
	static @Nullable String pendingReturnPath(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof Typed typed) ? typed.returnPath() : null;
	}

	/**
	 * What was typed, once, on the page the form came from (after signing in again).
	 */
	public static @Nullable Typed takeFor(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !signedIn() || !(session.getAttribute(ATTRIBUTE) instanceof Typed typed)) {
			return null;
		}
		String here = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		if (!typed.returnPath().equals((query != null) ? here + "?" + query : here)) {
			return null;
		}
		session.removeAttribute(ATTRIBUTE);
		return typed;
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
