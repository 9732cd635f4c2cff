package org.alliance.web.operations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.alliance.domain.person.Person;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.testsupport.PostgresTestSupport;
import org.alliance.web.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input as a real server with the default configuration receives it. A client's own
 * {@code X-Forwarded-For} is never believed when no proxy is configured, not even from
 * this machine. File names as Tomcat parses them (Tomcat parses the multipart body, which
 * MockMvc does not): a name with control characters, or too long a name, is refused with
 * the form shown again (422), what was typed kept and nothing stored; a NUL byte, which
 * Tomcat itself refuses, gets a 422 page that says why; a long but acceptable name gets
 * through.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=false")
@Import(Fixtures.class)
class RealServerInputTest extends PostgresTestSupport {

	private static final byte[] PDF = "%PDF-1.7\n% a small file\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private HttpResponse<String> update(String fileName) throws Exception {
		Person member = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(this.fixtures.staff(), member);
		ActionStep step = this.fixtures.step(this.fixtures.aim(this.fixtures.plan(), 1), workgroup, member,
				LocalDate.now().plusDays(30));
		HttpSession browser = new HttpSession();
		assertThat(browser.signIn(this.port, member.getEmail(), Fixtures.PASSWORD).statusCode()).isEqualTo(302);
		String page = "/action-steps/" + step.getId();
		return browser.upload(this.port, page, page + "/updates",
				Map.of("version", String.valueOf(this.fixtures.reload(step).getVersion()), "status", "IN_PROGRESS",
						"percent", "40", "narrative", "Minutes of the March meeting attached"),
				"evidence", fileName, PDF);
	}

	private long stored() {
		return this.jdbc.queryForObject("select count(*) from evidence_file", Long.class);
	}

	/**
	 * Tomcat refuses the body while parsing it, before any field reaches the app: 422
	 * with the error page saying what is wrong, no stack trace, nothing stored. (The
	 * typed text cannot be kept: the app never receives it. No browser sends such a
	 * name.)
	 */
	@Test
	void aNameWithANulByteIsRefusedWithAClearPage() throws Exception {
		long before = stored();
		HttpResponse<String> answer = update("minutes\u0000.pdf");
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("A file could not be taken")
			.contains("The name of a file holds characters a file name cannot have")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aNameWithAControlCharacterIsRefusedWithTheFormKept() throws Exception {
		refusedWithTheFormKept("minutes\u001b[31m.pdf", "holds characters a file name cannot have");
	}

	@Test
	void aThousandCharacterNameIsRefusedWithTheFormKept() throws Exception {
		refusedWithTheFormKept("m".repeat(996) + ".pdf", "is longer than 200 characters");
	}

	private void refusedWithTheFormKept(String fileName, String why) throws Exception {
		long before = stored();
		HttpResponse<String> answer = update(fileName);
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("error-summary")
			.contains("Minutes of the March meeting attached")
			.contains("The name of a file " + why);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aLongAcceptableNameIsKeptAsSent() throws Exception {
		long before = stored();
		String name = "Informe trimestral de la mesa de equidad, marzo ".repeat(4).strip() + ".pdf";
		assertThat(update(name).statusCode()).isEqualTo(302);
		assertThat(stored()).isEqualTo(before + 1);
		assertThat(
				this.jdbc.queryForObject("select file_name from evidence_file order by id desc limit 1", String.class))
			.isEqualTo(name);
	}

	/**
	 * With no trusted proxy configured (the default), feedback sent from this machine
	 * with a new X-Forwarded-For each time is still counted as one client.
	 */
	@Test
	void withNoProxyConfiguredAForwardedForHeaderIsNeverBelieved() throws Exception {
		int stored = 0;
		int throttled = 0;
		for (int i = 1; i <= 7; i++) {
			HttpSession visitor = new HttpSession();
			int status = visitor
				.post(this.port, "/feedback?lang=en", "/feedback?lang=en", "topic=PLAN&message=Sent+" + i,
						"X-Forwarded-For", "198.51.100." + i)
				.statusCode();
			if (status == 302) {
				stored++;
			}
			else if (status == 429) {
				throttled++;
			}
		}
		assertThat(stored).as("five in ten minutes from one client").isEqualTo(5);
		assertThat(throttled).isEqualTo(2);
	}

}
