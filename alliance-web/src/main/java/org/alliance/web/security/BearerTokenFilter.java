package org.alliance.web.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.person.PersonService;
import org.alliance.application.token.AccessTokenService;
import org.alliance.application.token.AccessTokenStore;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}: the token
 * must be usable (not revoked or expired, its owner enabled), within its allowance of
 * requests and its address's ({@link ApiThrottle}), and a read token may only read. An
 * address that sent too many wrong tokens is answered 429 before its token is looked at.
 * The request then acts as the token's owner, for this request only (nothing goes into a
 * session). Requests without a bearer token go on to the browser session, if there is
 * one.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccessTokenService tokens;

	private final PersonService people;

	private final ApiThrottle throttle;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(AccessTokenService tokens, PersonService people, ApiThrottle throttle) {
		this.tokens = tokens;
		this.people = people;
		this.throttle = throttle;
	}

	/** Whether a request says it carries a bearer token (checked or not). */
	static boolean carriesBearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		long slowed = this.throttle.wrongTokensWait(address);
		if (slowed > 0) {
			// too many wrong tokens from here: this one is not even looked at
			response.setHeader("Retry-After", Long.toString(slowed));
			ApiProblems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many wrong access tokens from this address; try again in " + slowed + " s.");
			return;
		}
		String secret = request.getHeader("Authorization").substring(BEARER.length()).strip();
		Optional<AccessTokenStore.Token> found = this.tokens.authenticate(secret);
		if (found.isEmpty()) {
			this.throttle.wrongToken(address);
			response.setHeader("WWW-Authenticate", "Bearer realm=\"alliance\", error=\"invalid_token\"");
			ApiProblems.write(request, response, HttpStatus.UNAUTHORIZED,
					"The access token is not valid: unknown, revoked or expired, or its owner can no longer sign in.");
			return;
		}
		AccessTokenStore.Token token = found.get();
		long wait = this.throttle.tryRequest(token.id(), address);
		if (wait > 0) {
			response.setHeader("Retry-After", Long.toString(wait));
			ApiProblems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many requests with this token or from this address; try again in " + wait + " s.");
			return;
		}
		if (token.scope() == AccessTokenStore.Scope.READ && !isRead(request.getMethod())) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"alliance\", error=\"insufficient_scope\"");
			ApiProblems.write(request, response, HttpStatus.FORBIDDEN,
					"This access token may only read; changes need a read-write token.");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(new AllianceUser(this.people.load(token.personId())), token));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

	private static boolean isRead(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

}
