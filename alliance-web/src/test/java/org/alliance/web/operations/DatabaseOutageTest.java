package org.alliance.web.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.persistence.person.PersonRepository;
import org.junit.jupiter.api.AfterAll;
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
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=false")
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
		this.people.save(new Person("outage@example.org", "Olu Adeyemi", this.passwordEncoder.encode("plum orchard 42"),
				SystemRole.STAFF, Instant.now()));
		HttpSession browser = new HttpSession();
		assertThat(browser.signIn(this.port, "outage@example.org", "plum orchard 42").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		assertThat(browser.get(this.port, "/").statusCode()).isEqualTo(200);

		postgres.close();

		HttpResponse<String> page = browser.get(this.port, "/");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("Alliance is temporarily unavailable")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
		// a monitor calls health without a session
		HttpResponse<String> health = new HttpSession().get(this.port, "/actuator/health", "application/json");
		assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");

		startDatabase(false);

		assertThat(new HttpSession().get(this.port, "/actuator/health", "application/json").body()).contains("\"UP\"");
		HttpResponse<String> back = browser.get(this.port, "/");
		assertThat(back.statusCode()).as("the session survived the outage").isEqualTo(200);
		assertThat(back.body()).contains("Olu Adeyemi");
	}

}
