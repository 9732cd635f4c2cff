package org.alliance.persistence.embedded;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks every few seconds whether the embedded PostgreSQL is still running, and starts it
 * again if not: until then pages answer 503 and readiness is down (it follows the
 * database), afterwards they work again without a restart of the app.
 */
public class EmbeddedDatabaseWatchdog {

	private final EmbeddedDatabase database;

	EmbeddedDatabaseWatchdog(EmbeddedDatabase database) {
		this.database = database;
	}

	@Scheduled(fixedDelayString = "${alliance.embedded-db.watch-interval:PT5S}")
	void keepRunning() {
		this.database.restartIfStopped();
	}

}
