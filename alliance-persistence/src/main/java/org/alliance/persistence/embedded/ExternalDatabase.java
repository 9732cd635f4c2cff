package org.alliance.persistence.embedded;

import org.springframework.core.env.Environment;

/**
 * Tells whether the app was pointed at an external PostgreSQL or runs on the embedded
 * one.
 */
public final class ExternalDatabase {

	private ExternalDatabase() {
	}

	public static boolean isConfigured(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		return url != null && !url.isBlank();
	}

}
