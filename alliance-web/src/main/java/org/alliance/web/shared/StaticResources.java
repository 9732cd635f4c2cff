package org.alliance.web.shared;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the style sheets and images live: served to everyone, without a session and
 * without the security filters' work. The security configuration and the session store
 * both read this one list.
 */
public final class StaticResources {

	/** The paths as request matcher patterns. */
	public static final String[] PATTERNS = { "/css/**", "/images/**", "/favicon.ico" };

	private static final List<String> PREFIXES = List.of("/css/", "/images/", "/favicon.ico");

	private StaticResources() {
	}

	public static boolean isStatic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PREFIXES.stream().anyMatch(path::startsWith);
	}

}
