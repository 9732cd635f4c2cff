package org.alliance.application.demo;

import java.util.List;

import org.alliance.persistence.embedded.ExternalDatabase;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the demo plan and demo accounts are on: by default with the embedded database,
 * off on an external one, and {@code alliance.demo.enabled} decides when it is set.
 */
@Component
public class DemoSettings {

	/** A demo account as the sign-in page lists it. */
	public record DemoAccount(String email, String label) {
	}

	private final boolean enabled;

	private final List<DemoAccount> accounts;

	private final String password;

	DemoSettings(Environment environment) {
		this.enabled = environment.getProperty("alliance.demo.enabled", Boolean.class,
				!ExternalDatabase.isConfigured(environment));
		if (this.enabled) {
			DemoPlan plan = DemoDataLoader.read();
			this.accounts = plan.people()
				.stream()
				.filter((p) -> p.loginLabel() != null)
				.map((p) -> new DemoAccount(p.email(), p.loginLabel()))
				.toList();
			this.password = plan.password();
		}
		else {
			this.accounts = List.of();
			this.password = "";
		}
	}

	public boolean enabled() {
		return this.enabled;
	}

	public List<DemoAccount> accounts() {
		return this.accounts;
	}

	public String password() {
		return this.password;
	}

}
