package org.alliance.web.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.persistence.person.PersonRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops the database under a running app: pages answer with a calm 503 and health says
 * DOWN; when the database comes back the app recovers without a restart, sessions
 * included. Uses a PostgreSQL of its own (the embedded one) so that stopping it disturbs
 * no other test.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "alliance.demo.enabled=false",
		// short, so that the frozen-database test need not wait the production minute
		"spring.datasource.hikari.data-source-properties.socketTimeout=3" })
class DatabaseOutageTest {

	static Path dataDirectory;

	static int databasePort;

	static EmbeddedPostgres postgres;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		dataDirectory = Files.createTempDirectory("alliance-outage");
		try (ServerSocket socket = new ServerSocket(0)) {
			databasePort = socket.getLocalPort();
		}
		// a clean data directory would be deleted when the server stops; this one must
		// outlive the outage
		startDatabase(false);
		String url = postgres.getJdbcUrl("postgres", "postgres");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	static void startDatabase(boolean clean) throws IOException {
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(clean)
			.setPort(databasePort)
			.start();
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	PersonRepository people;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void pagesAnswer503WhileTheDatabaseIsAwayAndRecoverWhenItReturns() throws Exception {
		String email = "outage-" + System.nanoTime() + "@example.org";
		this.people.save(new Person(email, "Olu Adeyemi", this.passwordEncoder.encode("plum orchard 42"),
				SystemRole.STAFF, Instant.now()));
		HttpSession browser = new HttpSession();
		assertThat(browser.signIn(this.port, email, "plum orchard 42").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		assertThat(browser.get(this.port, "/").statusCode()).isEqualTo(200);

		postgres.close();

		HttpResponse<String> page = browser.get(this.port, "/");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("Alliance is temporarily unavailable")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
		// with the security headers of every other page
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'none'"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
		// a monitor calls health without a session
		HttpResponse<String> health = new HttpSession().get(this.port, "/actuator/health", "application/json");
		assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");
		// readiness follows the database (take this instance out of the balancer);
		// liveness
		// does not (restarting the app would not bring the database back)
		assertThat(new HttpSession().get(this.port, "/actuator/health/readiness", "application/json").statusCode())
			.isEqualTo(503);
		assertThat(new HttpSession().get(this.port, "/actuator/health/liveness", "application/json").statusCode())
			.isEqualTo(200);

		startDatabase(false);

		// the pool finds its way back on its own time (connections broken by the outage
		// are
		// validated and replaced one by one): wait for the condition, not for a time
		assertThat(awaitStatus("/actuator/health", 200).body()).contains("\"UP\"");
		awaitStatus("/actuator/health/readiness", 200);
		HttpResponse<String> back = await(() -> browser.get(this.port, "/"), 200, "/ with the session");
		assertThat(back.body()).as("the session survived the outage").contains("Olu Adeyemi");
	}

	@Test
	void requestsToAFrozenDatabaseGiveUpInsteadOfHangingAndTheAppKeepsAnswering() throws Exception {
		this.people.save(new Person("frozen@example.org", "Mei Lin", this.passwordEncoder.encode("plum orchard 42"),
				SystemRole.STAFF, Instant.now()));
		HttpSession browser = new HttpSession();
		browser.signIn(this.port, "frozen@example.org", "plum orchard 42");
		assertThat(browser.get(this.port, "/").statusCode()).isEqualTo(200);

		List<Long> frozen = signal("STOP");
		try {
			// more requests than request threads, all while the database is frozen
			ExecutorService pool = Executors.newFixedThreadPool(12);
			try {
				List<Future<Integer>> answers = new ArrayList<>();
				long started = System.nanoTime();
				for (int i = 0; i < 12; i++) {
					answers.add(pool.submit(() -> browser.get(this.port, "/").statusCode()));
				}
				for (Future<Integer> answer : answers) {
					assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(503);
				}
				assertThat(Duration.ofNanos(System.nanoTime() - started)).as("every request gave up")
					.isLessThan(Duration.ofSeconds(45));
			}
			finally {
				pool.shutdownNow();
			}
		}
		finally {
			signal("CONT", frozen);
		}
		// the database is back: so is the app, without a restart
		awaitStatus("/actuator/health/readiness", 200);
		await(() -> browser.get(this.port, "/"), 200, "/ with the session");
	}

	/**
	 * Asks for a path without a session until it answers with the status, for up to a
	 * minute (a loaded machine is slow, never wrong); fails with the last answer.
	 */
	private HttpResponse<String> awaitStatus(String path, int status) throws Exception {
		return await(() -> new HttpSession().get(this.port, path, "application/json"), status, path);
	}

	private static HttpResponse<String> await(Callable<HttpResponse<String>> request, int status, String what)
			throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		HttpResponse<String> answer = request.call();
		while (answer.statusCode() != status && System.nanoTime() < deadline) {
			Thread.sleep(200);
			answer = request.call();
		}
		assertThat(answer.statusCode()).as(what + " answered " + answer.body()).isEqualTo(status);
		return answer;
	}

	/** Sends a signal to the database server and all its processes; returns their ids. */
	private static List<Long> signal(String name) throws Exception {
		long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		List<Long> pids = new ArrayList<>();
		pids.add(postmaster);
		ProcessHandle.of(postmaster)
			.orElseThrow(() -> new AssertionError("no database server process " + postmaster))
			.descendants()
			.forEach((p) -> pids.add(p.pid()));
		return signal(name, pids);
	}

	private static List<Long> signal(String name, List<Long> pids) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + name));
		pids.forEach((pid) -> command.add(String.valueOf(pid)));
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as(String.join(" ", command)).isZero();
		return pids;
	}

}
