package org.alliance.persistence.embedded;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the run default, kept safe and kept running:
 * <ul>
 * <li>only the app's own account can connect: a password generated on the first start and
 * kept beside the data directory, readable by the app's user alone, with
 * {@code scram-sha-256} for every connection; it listens on loopback only;</li>
 * <li>it writes durably ({@code fsync}, synchronous commit, full page writes on);</li>
 * <li>a server left running by an app that was killed ({@code kill -9}) is stopped before
 * starting, so its lock on the data directory does not stop the next start;</li>
 * <li>if the server process dies, {@link #restartIfStopped()} starts it again on the same
 * port and data, and the connection pool reconnects.</li>
 * </ul>
 */
public class EmbeddedDatabase implements Closeable {

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path dataDirectory;

	private final String password;

	private int port;

	private @Nullable EmbeddedPostgres postgres;

	public EmbeddedDatabase(Path dataDirectory, int port) throws IOException {
		this.dataDirectory = dataDirectory.toAbsolutePath();
		Files.createDirectories(this.dataDirectory);
		stopOrphan(this.dataDirectory);
		this.password = password(passwordFile(this.dataDirectory));
		this.port = port;
		this.postgres = start();
	}

	/** The file beside the data directory that holds the generated password. */
	public static Path passwordFile(Path dataDirectory) {
		Path absolute = dataDirectory.toAbsolutePath();
		return absolute.resolveSibling(absolute.getFileName() + ".password");
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	public String user() {
		return USER;
	}

	public String password() {
		return this.password;
	}

	public int port() {
		return this.port;
	}

	/**
	 * Whether the server process is running (the postmaster named in its lock file: the
	 * process that started it may have exited long ago).
	 */
	public synchronized boolean isRunning() {
		return this.postgres != null && postmaster(this.dataDirectory).isPresent();
	}

	/**
	 * Starts the server again when its process has died; true when it had to.
	 */
	public synchronized boolean restartIfStopped() {
		if (isRunning()) {
			return false;
		}
		log.warn("The embedded PostgreSQL has stopped; starting it again on port {}", this.port);
		try {
			if (this.postgres != null) {
				try {
					this.postgres.close();
				}
				catch (IOException | RuntimeException ex) {
					log.debug("Closing the stopped server: {}", ex.getMessage());
				}
			}
			stopOrphan(this.dataDirectory);
			this.postgres = start();
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private EmbeddedPostgres start() throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setConnectConfig("password", this.password);
		if (this.port > 0) {
			builder.setPort(this.port);
		}
		EmbeddedPostgres started = builder.start();
		this.port = started.getPort();
		requirePassword(started);
		return started;
	}

	/**
	 * Gives the account its password and lets nobody in without it (the server starts
	 * with trust for local connections on its first start).
	 */
	private void requirePassword(EmbeddedPostgres started) throws IOException {
		Path hba = this.dataDirectory.resolve("pg_hba.conf");
		String wanted = String.join("\n", "# written by Alliance: every connection needs the generated password",
				"local all all scram-sha-256", "host all all 127.0.0.1/32 scram-sha-256",
				"host all all ::1/128 scram-sha-256", "");
		if (Files.exists(hba) && Files.readString(hba).equals(wanted)) {
			return;
		}
		try (Connection connection = started.getPostgresDatabase(Map.of("password", this.password)).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			statement.execute("alter role " + USER + " password '" + this.password + "'");
			Files.writeString(hba, wanted, StandardCharsets.UTF_8);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not set the embedded database's password", ex);
		}
	}

	/** The generated password, made on the first start and readable by this user only. */
	private static String password(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).trim();
		}
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		String password = HexFormat.of().formatHex(secret);
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(file, password, StandardCharsets.UTF_8);
		return password;
	}

	/**
	 * A server still running on this data directory belongs to an app that was killed
	 * without stopping it: stop it (fast shutdown), so that this start does not fail on
	 * its lock file.
	 */
	static void stopOrphan(Path dataDirectory) throws IOException {
		Optional<ProcessHandle> orphan = postmaster(dataDirectory);
		if (orphan.isEmpty()) {
			return;
		}
		long pid = orphan.get().pid();
		log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier start", pid, dataDirectory);
		// SIGINT: PostgreSQL's fast shutdown
		try {
			new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
			orphan.get().onExit().get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			orphan.get().destroyForcibly();
		}
	}

	/** The running server named in the data directory's lock file, if any. */
	static Optional<ProcessHandle> postmaster(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		try {
			List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
			if (lines.isEmpty()) {
				return Optional.empty();
			}
			return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
				.filter(ProcessHandle::isAlive)
				.filter((p) -> p.info().command().map((c) -> c.endsWith("postgres")).orElse(false));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public synchronized void close() throws IOException {
		if (this.postgres != null) {
			this.postgres.close();
			this.postgres = null;
		}
	}

}
