package org.alliance.web.operations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.application.person.FirstAdministrator;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation on an empty database with {@code ALLIANCE_ADMIN_EMAIL} set: the log
 * holds a one-time link with which the first administrator chooses a password; the link
 * expires, works once, and stops working once an administrator is set up.
 */
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "alliance.demo.enabled=false", "alliance.admin.email=First.Admin@Example.org" })
class FirstAdministratorTest {

	static final String EMAIL = "first.admin@example.org";

	static final Pattern LINK = Pattern.compile("/setup/([A-Za-z0-9_-]{43})");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerSeparate(registry, "first_administrator_test");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FirstAdministrator firstAdministrator;

	@Autowired
	PersonRepository people;

	@Test
	void theLinkInTheLogLetsTheFirstAdministratorChooseAPasswordOnceAndOnlyWhileNoneIsSetUp(CapturedOutput output)
			throws Exception {
		Matcher logged = LINK.matcher(output.getAll());
		assertThat(logged.find()).as("the start-up log holds the setup link").isTrue();
		String first = logged.group(1);
		assertThat(this.jdbc.queryForObject("select count(*) from setup_link where token_hash = ?", Integer.class,
				sha256(first)))
			.as("only the link's hash is stored")
			.isEqualTo(1);
		HttpSession browser = new HttpSession();
		assertThat(browser.get(this.port, "/setup/" + first).body()).contains(EMAIL);

		// time passes: the link expires
		this.jdbc.update("update setup_link set expires_at = now() - interval '1 minute'");
		HttpResponse<String> expired = browser.get(this.port, "/setup/" + first);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("This setup link does not work").doesNotContain("Exception");

		// a restart issues a new one; the expired one stays dead
		String second = this.firstAdministrator.prepare(EMAIL, null, Duration.ofMinutes(30)).orElseThrow().token();
		assertThat(browser.get(this.port, "/setup/" + first).statusCode()).isEqualTo(410);
		String page = "/setup/" + second;
		assertThat(browser.get(this.port, page).statusCode()).isEqualTo(200);

		// refused input keeps what was typed (never the password)
		HttpResponse<String> mismatch = browser.post(this.port, page, page,
				"displayName=Amara+Okafor&password=willow+lantern+harbour&confirmPassword=something+else");
		assertThat(mismatch.statusCode()).isEqualTo(422);
		assertThat(mismatch.body()).contains("Amara Okafor")
			.contains("The two new passwords are not the same")
			.doesNotContain("willow lantern harbour");

		HttpResponse<String> saved = browser.post(this.port, page, page,
				"displayName=Amara+Okafor&password=willow+lantern+harbour&confirmPassword=willow+lantern+harbour");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/login?setup=");

		HttpSession admin = new HttpSession();
		HttpResponse<String> signIn = admin.signIn(this.port, EMAIL, "willow lantern harbour");
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(admin.get(this.port, "/admin/people").statusCode()).as("signed in as an administrator")
			.isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where summary like 'First administrator chose a password%'",
				Integer.class))
			.isEqualTo(1);

		// used: it works once; and nothing more is issued now that an administrator
		// exists
		assertThat(new HttpSession().get(this.port, page).statusCode()).isEqualTo(410);
		// nor does a post straight to the used link (with a valid CSRF token from another
		// page): the password stays the one chosen
		HttpResponse<String> again = browser.post(this.port, "/login", page,
				"displayName=Someone+Else&password=another+long+passphrase&confirmPassword=another+long+passphrase");
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(new HttpSession().signIn(this.port, EMAIL, "another long passphrase")
			.headers()
			.firstValue("Location")
			.orElseThrow()).contains("error");
		assertThat(this.people.findByEmail(EMAIL).orElseThrow().getDisplayName()).isEqualTo("Amara Okafor");
		assertThat(this.firstAdministrator.prepare(EMAIL, null, Duration.ofMinutes(30))).isEmpty();
		assertThat(this.firstAdministrator.prepare("someone.else@example.org", null, Duration.ofMinutes(30))).isEmpty();

		// a link left over for someone else cannot be used once an administrator is set
		// up
		Person other = this.people
			.save(new Person("left.over@example.org", "Left Over", "{noop}x", SystemRole.ADMIN, Instant.now()));
		String leftOver = "left-over-link-left-over-link-left-over-lin";
		this.jdbc.update(
				"insert into setup_link (person_id, token_hash, created_at, expires_at) values (?, ?, now(), now() + interval '1 hour')",
				other.getId(), sha256(leftOver));
		assertThat(new HttpSession().get(this.port, "/setup/" + leftOver).statusCode()).isEqualTo(410);
		HttpResponse<String> forged = new HttpSession().post(this.port, "/login", "/setup/" + leftOver,
				"displayName=Mallory&password=willow+lantern+harbour&confirmPassword=willow+lantern+harbour");
		assertThat(forged.statusCode()).isEqualTo(410);
		Optional<Person> untouched = this.people.findByEmail("left.over@example.org");
		assertThat(untouched).map(Person::getPasswordHash).contains("{noop}x");
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

}
