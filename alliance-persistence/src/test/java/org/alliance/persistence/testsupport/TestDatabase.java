package org.alliance.persistence.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one real PostgreSQL every persistence and web test runs against: a Testcontainers
 * PostgreSQL where Docker runs, otherwise an embedded PostgreSQL (the same engine the app
 * runs on by default). Started once per test JVM. {@code -Dalliance.test.db=embedded}
 * forces the embedded one.
 */
public final class TestDatabase {

	private static String url;

	private static String username;

	private static String password;

	private static String kind;

	private TestDatabase() {
	}

	public static synchronized void register(DynamicPropertyRegistry registry) {
		start();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> username);
		registry.add("spring.datasource.password", () -> password);
	}

	/**
	 * Points the context at a database of its own on the same server, created empty on
	 * first use: for tests that need a database nobody else writes to (e.g. loading the
	 * demo plan).
	 */
	public static synchronized void registerSeparate(DynamicPropertyRegistry registry, String name) {
		createDatabase(name);
		String separateUrl = separateUrl(name);
		registry.add("spring.datasource.url", () -> separateUrl);
		registry.add("spring.datasource.username", () -> username);
		registry.add("spring.datasource.password", () -> password);
	}

	/** Creates an empty database on the test server unless it exists. */
	public static synchronized void createDatabase(String name) {
		start();
		if (!name.matches("[a-z_]+")) {
			throw new IllegalArgumentException("database names are lower-case letters and underscores");
		}
		try (Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement()) {
			ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
			if (!exists.next()) {
				statement.execute("create database " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
	}

	/**
	 * The JDBC URL of a separate database created by {@link #registerSeparate}, for a
	 * second app instance.
	 */
	public static synchronized String separateUrl(String name) {
		start();
		return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
	}

	public static synchronized String username() {
		start();
		return username;
	}

	public static synchronized String password() {
		start();
		return password;
	}

	/** "testcontainers" or "embedded": which one the tests run on. */
	public static synchronized String kind() {
		start();
		return kind;
	}

	private static void start() {
		if (url != null) {
			return;
		}
		if (!"embedded".equals(System.getProperty("alliance.test.db")) && dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			url = container.getJdbcUrl();
			username = container.getUsername();
			password = container.getPassword();
			kind = "testcontainers";
			return;
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away; nothing left to clean
				}
			}));
			url = postgres.getJdbcUrl("postgres", "postgres");
			username = "postgres";
			password = "postgres";
			kind = "embedded";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
