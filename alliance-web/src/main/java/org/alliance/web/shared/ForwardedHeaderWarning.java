package org.alliance.web.shared;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No proxy is trusted by default, so behind a reverse proxy that nobody named in
 * {@code ALLIANCE_TRUSTED_PROXIES} every client seems to come from the proxy's address
 * and shares its sign-in, feedback and API allowances. The first request that arrives
 * with {@code X-Forwarded-For} in that state is said once in the log, with what to set
 * (docs/operations.md). Nothing else changes: the header is still not believed.
 */
@Component
class ForwardedHeaderWarning extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ForwardedHeaderWarning.class);

	private final boolean proxiesNamed;

	private final AtomicBoolean warned = new AtomicBoolean();

	ForwardedHeaderWarning(@Value("${server.tomcat.remoteip.internal-proxies:}") String trustedProxies) {
		this.proxiesNamed = !trustedProxies.isBlank();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		warnIfUnnamedProxy(request);
		chain.doFilter(request, response);
	}

	/** Whether this request was the one that made the warning. */
	boolean warnIfUnnamedProxy(HttpServletRequest request) {
		if (this.proxiesNamed || request.getHeader("X-Forwarded-For") == null
				|| !this.warned.compareAndSet(false, true)) {
			return false;
		}
		log.warn(
				"A request from {} carries X-Forwarded-For, but no proxy is trusted (ALLIANCE_TRUSTED_PROXIES is not set):"
						+ " the header is ignored and every client behind that proxy counts as one address for the sign-in,"
						+ " feedback and API allowances. Set ALLIANCE_TRUSTED_PROXIES to the proxy's address (docs/operations.md).",
				request.getRemoteAddr());
		return true;
	}

}
