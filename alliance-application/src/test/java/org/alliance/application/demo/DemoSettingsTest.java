package org.alliance.application.demo;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data is on with the embedded database and off on an external one, unless a
 * property says otherwise.
 */
class DemoSettingsTest {

	@Test
	void onByDefaultWithTheEmbeddedDatabase() {
		DemoSettings settings = new DemoSettings(new MockEnvironment());
		assertThat(settings.enabled()).isTrue();
		assertThat(settings.accounts()).extracting(DemoSettings.DemoAccount::email)
			.contains("admin@example.org", "director@example.org", "lead@example.org", "member@example.org");
		assertThat(settings.password()).isEqualTo("alliance-demo");
	}

	@Test
	void offOnAnExternalDatabaseUnlessAskedFor() {
		MockEnvironment external = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/alliance");
		assertThat(new DemoSettings(external).enabled()).isFalse();
		assertThat(new DemoSettings(external).accounts()).isEmpty();
		assertThat(new DemoSettings(external.withProperty("alliance.demo.enabled", "true")).enabled()).isTrue();
	}

}
