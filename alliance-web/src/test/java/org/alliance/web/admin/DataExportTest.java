package org.alliance.web.admin;

import java.time.LocalDate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.alliance.application.token.AccessTokenService;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.token.AccessTokenStore;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The full export: a ZIP with a CSV file per table holding the organisation's data, and
 * never a password hash, a session id or a setup link; recorded in the audit trail.
 */
class DataExportTest extends WebTestSupport {

	@Autowired
	AccessTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorDownloadsEveryTableButNoSecret() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		Person member = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(this.fixtures.staff(), member);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		ActionStep step = this.fixtures.step(aim, workgroup);
		this.mvc
			.perform(post("/action-steps/{id}/updates", step.getId()).param("status", "IN_PROGRESS")
				.param("percent", "30")
				.param("narrative", "=HYPERLINK(\"http://example.org\") export check")
				.param("version", String.valueOf(step.getVersion()))
				.with(as(member))
				.with(csrf()))
			.andReturn();
		String sessionId = UUID.randomUUID().toString();
		this.jdbc.update(
				"insert into spring_session (primary_id, session_id, creation_time, last_access_time,"
						+ " max_inactive_interval, expiry_time, principal_name) values (?, ?, 0, 0, 60, 0, ?)",
				UUID.randomUUID().toString(), sessionId, member.getEmail());

		String token = this.tokens
			.create(member.getId(), "Export check", AccessTokenStore.Scope.READ, LocalDate.now().plusDays(1))
			.secret();

		MockHttpServletResponse response = this.mvc.perform(get("/admin/export.zip").with(as(admin)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/zip");
		Map<String, String> files = unzip(response.getContentAsByteArray());

		assertThat(files).containsKeys("person.csv", "workgroup.csv", "workgroup_membership.csv", "plan.csv", "aim.csv",
				"action_step.csv", "progress_update.csv", "commitment.csv", "indicator.csv", "indicator_value.csv",
				"audit_entry.csv");
		assertThat(files).doesNotContainKeys("spring_session.csv", "spring_session_attributes.csv", "setup_link.csv",
				"flyway_schema_history.csv");
		assertThat(files.get("person.csv").lines().findFirst().orElseThrow()).contains("email", "display_name")
			.doesNotContain("password");
		assertThat(files.get("person.csv")).contains(member.getEmail());
		assertThat(files.get("action_step.csv")).contains(step.getTitle());
		// what a spreadsheet would run as a formula is neutralised
		assertThat(files.get("progress_update.csv")).contains("'=HYPERLINK");

		String everything = String.join("\n", files.values());
		List<String> hashes = this.jdbc.queryForList("select password_hash from person", String.class);
		assertThat(hashes).isNotEmpty().allSatisfy((hash) -> assertThat(everything).doesNotContain(hash));
		assertThat(everything).doesNotContain(sessionId);
		// access tokens are listed (who, what for, until when), never their digests
		assertThat(files.get("access_token.csv").lines().findFirst().orElseThrow()).contains("name", "expires_at")
			.doesNotContain("digest");
		assertThat(everything).contains("Export check")
			.doesNotContain(AccessTokenService.digest(token))
			.doesNotContain(token);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'DataExport' and actor_id = ?", Integer.class,
				admin.getId()))
			.isEqualTo(1);
	}

	@Test
	void nobodyButAnAdministratorGetsIt() throws Exception {
		for (SystemRole role : List.of(SystemRole.STAFF, SystemRole.LEADERSHIP)) {
			Person person = this.fixtures.person(role);
			assertThat(
					this.mvc.perform(get("/admin/export.zip").with(as(person))).andReturn().getResponse().getStatus())
				.as(role.name())
				.isEqualTo(403);
		}
	}

	private static Map<String, String> unzip(byte[] zip) throws Exception {
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
