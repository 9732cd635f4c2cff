package org.alliance.persistence.testsupport;

import org.junit.jupiter.api.Tag;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class for tests that need the real database: points the context at
 * {@link TestDatabase}.
 */
@Tag("database")
public abstract class PostgresTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

}
