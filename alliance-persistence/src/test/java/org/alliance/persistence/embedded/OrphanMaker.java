package org.alliance.persistence.embedded;

import java.nio.file.Path;

/**
 * An app that starts the embedded database and is then killed with {@code kill -9}:
 * started as its own JVM by {@link EmbeddedDatabaseTest}, it prints "ready" and waits.
 */
final class OrphanMaker {

	private OrphanMaker() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase database = new EmbeddedDatabase(Path.of(args[0]), 0);
		System.out.println("ready " + database.port());
		System.out.flush();
		Thread.sleep(600_000);
	}

}
