package org.alliance.web.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The app's address for links that leave it (the setup link in the log, links in e-mail):
 * {@code alliance.base-url} ({@code ALLIANCE_BASE_URL}) when set, otherwise this
 * machine's port on localhost. Never taken from a request's Host header.
 */
@Component
public class AppAddress {

	private final Environment environment;

	private final String baseUrl;

	AppAddress(Environment environment, @Value("${alliance.base-url:}") String baseUrl) {
		this.environment = environment;
		this.baseUrl = baseUrl;
	}

	/**
	 * The address without a trailing slash, such as {@code https://alliance.example.org}.
	 */
	public String base() {
		if (!this.baseUrl.isBlank()) {
			return this.baseUrl.strip().replaceAll("/+$", "");
		}
		return "http://localhost:" + this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
	}

}
