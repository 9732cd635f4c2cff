package org.alliance.web.shared;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proxy nobody named is said once in the log, at the first request that carries
 * X-Forwarded-For; named proxies, and requests without the header, are never warned of.
 */
class ForwardedHeaderWarningTest {

	private static MockHttpServletRequest forwarded() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
		request.setRemoteAddr("127.0.0.1");
		request.addHeader("X-Forwarded-For", "203.0.113.9");
		return request;
	}

	@Test
	void anUnnamedProxyIsWarnedOfOnce() {
		ForwardedHeaderWarning warning = new ForwardedHeaderWarning("");
		assertThat(warning.warnIfUnnamedProxy(new MockHttpServletRequest("GET", "/login"))).isFalse();
		assertThat(warning.warnIfUnnamedProxy(forwarded())).isTrue();
		assertThat(warning.warnIfUnnamedProxy(forwarded())).as("once").isFalse();
	}

	@Test
	void aNamedProxyIsNotWarnedOf() {
		assertThat(new ForwardedHeaderWarning("127\\.0\\.0\\.1").warnIfUnnamedProxy(forwarded())).isFalse();
	}

}
