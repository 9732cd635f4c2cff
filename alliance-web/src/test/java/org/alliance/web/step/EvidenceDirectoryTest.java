package org.alliance.web.step;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.alliance.domain.person.Person;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence kept in a configured directory instead of the database: the file is written
 * under its SHA-256 (whatever name it was uploaded with), the row keeps no content, the
 * same file twice is stored once, and it is served exactly as from the database.
 */
class EvidenceDirectoryTest extends WebTestSupport {

	@TempDir
	static Path directory;

	@DynamicPropertySource
	static void evidenceDirectory(DynamicPropertyRegistry registry) {
		registry.add("alliance.evidence.directory", () -> directory.toString());
	}

	@Autowired
	JdbcTemplate jdbc;

	private void post(ActionStep step, Person member, String name, byte[] content) throws Exception {
		this.mvc
			.perform(multipart("/action-steps/{id}/updates", step.getId())
				.file(new MockMultipartFile("evidence", name, "application/octet-stream", content))
				.param("status", "IN_PROGRESS")
				.param("percent", "40")
				.param("narrative", "With evidence")
				.param("version", String.valueOf(this.fixtures.reload(step).getVersion()))
				.with(as(member))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aFileIsWrittenUnderItsHashAndServedFromTheDirectory() throws Exception {
		Person member = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(this.fixtures.staff(), member);
		ActionStep step = this.fixtures.step(this.fixtures.aim(this.fixtures.plan(), 1), workgroup, member,
				LocalDate.now().plusDays(30));
		byte[] pdf = ("%PDF-1.7\n% directory test " + step.getId() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
		post(step, member, "../../etc/passwd.pdf", pdf);
		post(step, member, "again.pdf", pdf);
		List<Long> ids = this.jdbc.queryForList(
				"select id from evidence_file where step_id = ? and content is null order by id", Long.class,
				step.getId());
		assertThat(ids).as("both rows, neither with its content in the database").hasSize(2);
		String sha = this.jdbc.queryForObject("select sha256 from evidence_file where id = ?", String.class,
				ids.get(0));
		Path stored = directory.resolve(sha.substring(0, 2)).resolve(sha);
		assertThat(stored).exists().hasBinaryContent(pdf);
		try (Stream<Path> all = Files.walk(directory)) {
			assertThat(all.filter(Files::isRegularFile).map((p) -> directory.relativize(p).toString()))
				.as("stored once, named by its hash, nothing named as uploaded")
				.containsExactly(sha.substring(0, 2) + "/" + sha);
		}
		MvcResult download = this.mvc
			.perform(get("/action-steps/{id}/evidence/{f}", step.getId(), ids.get(1)).with(as(member)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("again.pdf");
		assertThat(page("/action-steps/" + step.getId(), member)).contains("passwd.pdf", "again.pdf");
	}

}
