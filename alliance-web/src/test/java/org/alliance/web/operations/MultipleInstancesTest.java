package org.alliance.web.operations;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.testsupport.TestDatabase;
import org.alliance.web.AllianceApplication;
import org.alliance.web.support.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real running instances driven over HTTP: several on one database, as behind a load
 * balancer (sessions, migrations, dashboards after a change), and what only a real
 * connector shows (upload limits).
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=false")
@Import(Fixtures.class)
class MultipleInstancesTest {

	static final String DATABASE = "multi_instance_test";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerSeparate(registry, DATABASE);
	}

	@LocalServerPort
	int port;

	@Autowired
	PersonRepository people;

	@Autowired
	PasswordEncoder passwordEncoder;

	private static ConfigurableApplicationContext startInstance(String database) {
		return new SpringApplicationBuilder(AllianceApplication.class)
			.properties(Map.of("server.port", "0", "spring.datasource.url", TestDatabase.separateUrl(database),
					"spring.datasource.username", TestDatabase.username(), "spring.datasource.password",
					TestDatabase.password(), "alliance.demo.enabled", "false", "spring.jmx.enabled", "false"))
			.run();
	}

	private static int portOf(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Test
	void aSignInOnOneInstanceIsValidOnTheOtherAndSigningOutEndsItEverywhere() throws Exception {
		this.people.save(new Person("two-instances@example.org", "Rafael Ortiz",
				this.passwordEncoder.encode("plum orchard 42"), SystemRole.STAFF, Instant.now()));
		try (ConfigurableApplicationContext second = startInstance(DATABASE)) {
			int secondPort = portOf(second);
			HttpSession browser = new HttpSession();
			browser.signIn(this.port, "two-instances@example.org", "plum orchard 42");
			assertThat(browser.get(this.port, "/").statusCode()).isEqualTo(200);
			var onSecond = browser.get(secondPort, "/");
			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(onSecond.body()).contains("Rafael Ortiz");
		}
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readingPagesRecordsTheAccessAtMostOnceAMinuteWhileChangesAreSavedAtOnceForEveryInstance() throws Exception {
		this.people.save(new Person("touch@example.org", "Noor Haddad", this.passwordEncoder.encode("plum orchard 42"),
				SystemRole.STAFF, Instant.now()));
		try (ConfigurableApplicationContext second = startInstance(DATABASE)) {
			HttpSession browser = new HttpSession();
			browser.signIn(this.port, "touch@example.org", "plum orchard 42");
			assertThat(browser.get(this.port, "/").statusCode()).isEqualTo(200);
			Object touched = lastAccess();
			for (int i = 0; i < 3; i++) {
				assertThat(browser.get(this.port, "/").statusCode()).isEqualTo(200);
			}
			assertThat(lastAccess()).as("reading pages within a minute writes nothing").isEqualTo(touched);
			// a change of the session (the language) is written at once, and the other
			// instance sees it
			assertThat(browser.post(this.port, "/", "/language", "lang=es&returnTo=/").statusCode()).isEqualTo(302);
			assertThat(browser.get(portOf(second), "/").body()).contains("lang=\"es\"");
			assertThat(browser.post(portOf(second), "/", "/logout", "").statusCode()).isEqualTo(302);
			assertThat(browser.get(this.port, "/").statusCode()).as("signed out everywhere").isEqualTo(302);
		}
	}

	@Autowired
	Fixtures fixtures;

	@Test
	void aProgressUpdateOnOneInstanceIsOnEveryInstancesDashboardAtOnce() throws Exception {
		Person member = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(this.fixtures.staff(), member);
		Plan plan = this.fixtures.plan();
		ActionStep step = this.fixtures.step(this.fixtures.aim(plan, 1), workgroup, member,
				LocalDate.now().plusMonths(1));
		Person director = this.fixtures.person(SystemRole.LEADERSHIP);
		String dashboard = "/dashboard?plan=" + plan.getId();
		try (ConfigurableApplicationContext second = startInstance(DATABASE)) {
			int secondPort = portOf(second);
			HttpSession reader = new HttpSession();
			reader.signIn(secondPort, director.getEmail(), Fixtures.PASSWORD);
			HttpSession readerHere = new HttpSession();
			readerHere.signIn(this.port, director.getEmail(), Fixtures.PASSWORD);
			// both instances have computed and cached the figures before the change
			assertThat(overallPercent(reader.get(secondPort, dashboard).body())).isEqualTo("0%");
			assertThat(overallPercent(readerHere.get(this.port, dashboard).body())).isEqualTo("0%");

			HttpSession writer = new HttpSession();
			writer.signIn(this.port, member.getEmail(), Fixtures.PASSWORD);
			String page = "/action-steps/" + step.getId();
			assertThat(writer
				.post(this.port, page, page + "/updates",
						"status=IN_PROGRESS&percent=60&narrative=two+instances&version=" + step.getVersion())
				.statusCode()).isEqualTo(302);

			// the stated bound is zero: the next read anywhere shows it, without waiting
			assertThat(overallPercent(readerHere.get(this.port, dashboard).body())).isEqualTo("60%");
			assertThat(overallPercent(reader.get(secondPort, dashboard).body())).isEqualTo("60%");
			assertThat(writer.get(secondPort, page).body()).contains("two instances");
		}
	}

	private static String overallPercent(String html) {
		Matcher matcher = Pattern.compile("id=\"overall-percent\">([^<]*)<").matcher(html);
		assertThat(matcher.find()).as("the dashboard shows the overall percent").isTrue();
		return matcher.group(1);
	}

	@Test
	void aFileOverTheUploadLimitIsRefusedWithAClearPage() throws Exception {
		this.people.save(new Person("upload@example.org", "Ines Duarte", this.passwordEncoder.encode("plum orchard 42"),
				SystemRole.ADMIN, Instant.now()));
		HttpSession browser = new HttpSession();
		browser.signIn(this.port, "upload@example.org", "plum orchard 42");
		byte[] large = new byte[6 * 1024 * 1024];
		Arrays.fill(large, (byte) 'x');
		HttpResponse<String> response = browser.upload(this.port, "/account/password", "/indicators/1/import",
				"big.csv", large);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The file is too large").doesNotContain("Exception");
	}

	private Object lastAccess() {
		return this.jdbc.queryForObject(
				"select last_access_time from spring_session where principal_name = 'touch@example.org'", Object.class);
	}

	@Test
	void migrationsAreSafeWhenTwoInstancesStartAtOnceOnAnEmptyDatabase() throws Exception {
		String database = "flyway_race_test";
		TestDatabase.createDatabase(database);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			starts.add(pool.submit(() -> {
				go.await();
				return startInstance(database);
			}));
		}
		go.countDown();
		List<ConfigurableApplicationContext> instances = new ArrayList<>();
		try {
			for (Future<ConfigurableApplicationContext> start : starts) {
				instances.add(start.get());
			}
			JdbcTemplate jdbc = instances.get(0).getBean(JdbcTemplate.class);
			List<Map<String, Object>> history = jdbc
				.queryForList("select version, count(*) as runs, bool_and(success) as ok from flyway_schema_history "
						+ "where version is not null group by version order by version");
			assertThat(history).isNotEmpty();
			assertThat(history).allSatisfy((row) -> {
				assertThat(((Number) row.get("runs")).intValue()).as("version " + row.get("version")).isEqualTo(1);
				assertThat(row.get("ok")).isEqualTo(true);
			});
			for (ConfigurableApplicationContext instance : instances) {
				assertThat(new HttpSession().get(portOf(instance), "/login").statusCode()).isEqualTo(200);
			}
		}
		finally {
			instances.forEach(ConfigurableApplicationContext::close);
			pool.shutdown();
		}
	}

}
