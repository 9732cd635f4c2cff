package org.alliance.web.setup;

import java.time.Duration;

import org.alliance.application.person.FirstAdministrator;
import org.alliance.web.shared.AppAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, with {@code alliance.admin.email} ({@code ALLIANCE_ADMIN_EMAIL}) set and
 * no administrator set up, opens that administrator's account and writes a one-time link
 * to the log with which they choose a password. Without it, an installation with no
 * administrator says in the log how to get one. Runs after the demo data, which brings
 * its own administrator.
 */
@Component
@Order(20)
class FirstAdministratorLink implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministratorLink.class);

	private final FirstAdministrator firstAdministrator;

	private final String email;

	private final String name;

	private final Duration validity;

	private final AppAddress address;

	FirstAdministratorLink(FirstAdministrator firstAdministrator, AppAddress address,
			@Value("${alliance.admin.email:}") String email, @Value("${alliance.admin.name:}") String name,
			@Value("${alliance.admin.setup-link-validity:PT30M}") Duration validity) {
		this.firstAdministrator = firstAdministrator;
		this.email = email;
		this.name = name;
		this.validity = validity;
		this.address = address;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.email.isBlank()) {
			if (!this.firstAdministrator.administratorExists()) {
				log.warn("No administrator can sign in yet. Set ALLIANCE_ADMIN_EMAIL to the first administrator's "
						+ "e-mail address and restart: a one-time link to choose a password will be written here.");
			}
			return;
		}
		this.firstAdministrator.prepare(this.email, this.name, this.validity)
			.ifPresentOrElse((issued) -> log.warn(
					"First administrator {}: choose a password at {}/setup/{} (works once, until {}; restart for a new link)",
					issued.email(), this.address.base(), issued.token(), issued.expiresAt()),
					() -> log.info("An administrator is set up; ALLIANCE_ADMIN_EMAIL is not needed any more."));
	}

}
