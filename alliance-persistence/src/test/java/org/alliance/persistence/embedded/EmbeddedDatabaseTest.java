package org.alliance.persistence.embedded;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The run default's embedded PostgreSQL on a real server: a generated password nobody
 * else has, loopback only, durable writes, restarted when it dies, and a start that is
 * not stopped by a server an earlier (killed) app left running.
 */
@Tag("database")
class EmbeddedDatabaseTest {

	@TempDir
	Path directory;

	@Test
	void onlyTheAppsPasswordGetsInAndWritesAreDurable() throws Exception {
		Path data = this.directory.resolve("postgres");
		try (EmbeddedDatabase database = new EmbeddedDatabase(data, 0)) {
			Path passwordFile = EmbeddedDatabase.passwordFile(data);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
				.isEqualTo("rw-------");
			try (Connection connection = connect(database, database.password())) {
				assertThat(setting(connection, "fsync")).isEqualTo("on");
				assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
				assertThat(setting(connection, "listen_addresses")).isEqualTo("localhost");
			}
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(database, "postgres").close());
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(database, "").close());
		}
		// the next start reads the same password
		try (EmbeddedDatabase again = new EmbeddedDatabase(data, 0)) {
			assertThat(again.password()).isEqualTo(Files.readString(EmbeddedDatabase.passwordFile(data)).trim());
			connect(again, again.password()).close();
		}
	}

	@Test
	void aServerThatDiesIsStartedAgainOnItsPortWithItsData() throws Exception {
		try (EmbeddedDatabase database = new EmbeddedDatabase(this.directory.resolve("postgres"), 0)) {
			try (Connection connection = connect(database, database.password());
					Statement statement = connection.createStatement()) {
				statement.execute("create table kept (value text)");
				statement.execute("insert into kept values ('still here')");
			}
			int port = database.port();
			long postmaster = Long
				.parseLong(Files.readAllLines(this.directory.resolve("postgres/postmaster.pid")).get(0).trim());
			ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
			ProcessHandle.of(postmaster).ifPresent((p) -> p.onExit().join());
			assertThat(database.isRunning()).isFalse();

			boolean restarted = false;
			for (int attempt = 0; attempt < 30 && !restarted; attempt++) {
				try {
					restarted = database.restartIfStopped();
				}
				catch (RuntimeException ex) {
					// the killed server's processes may still be leaving: try again, as
					// the
					// watchdog does
					Thread.sleep(1000);
				}
			}
			assertThat(restarted).isTrue();
			assertThat(database.port()).isEqualTo(port);
			try (Connection connection = connect(database, database.password());
					ResultSet rows = connection.createStatement().executeQuery("select value from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("still here");
			}
		}
	}

	@Test
	void aServerLeftRunningByAKilledAppDoesNotStopTheNextStart() throws Exception {
		Path data = this.directory.resolve("postgres");
		// an app of its own starts the database and is killed with kill -9: its server
		// keeps running
		Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanMaker.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(app.getInputStream()))) {
			String line;
			do {
				line = output.readLine();
			}
			while (line != null && !line.startsWith("ready"));
			assertThat(line).as("the first app started its database").isNotNull();
		}
		app.destroyForcibly().waitFor();
		ProcessHandle orphan = EmbeddedDatabase.postmaster(data).orElseThrow(() -> new AssertionError("no orphan"));

		try (EmbeddedDatabase next = new EmbeddedDatabase(data, 0)) {
			assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
			connect(next, next.password()).close();
		}
	}

	private static Connection connect(EmbeddedDatabase database, String password) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), database.user(), password);
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (ResultSet rows = connection.createStatement().executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
