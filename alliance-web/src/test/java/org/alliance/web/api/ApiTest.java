package org.alliance.web.api;

import org.hamcrest.Matchers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alliance.application.person.PersonService;
import org.alliance.application.token.AccessTokenService;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.token.AccessTokenStore;
import org.alliance.application.token.AccessTokenStore.Scope;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API as a program uses it: personal access tokens (hashed, expiring, revocable,
 * ended with their owner's account, read-only where asked), the same permissions as the
 * pages, problem details for every refusal, conflicts with the current state, paging,
 * values with the import's checks, and the audit trail naming the token.
 */
class ApiTest extends WebTestSupport {

	@Autowired
	AccessTokenService tokens;

	@Autowired
	AccessTokenStore store;

	@Autowired
	PersonService people;

	@Autowired
	JdbcTemplate jdbc;

	Person lead;

	Person member;

	Person outsider;

	Workgroup workgroup;

	Plan plan;

	Aim aim;

	ActionStep step;

	@BeforeEach
	void world() {
		this.lead = this.fixtures.staff();
		this.member = this.fixtures.staff();
		this.outsider = this.fixtures.staff();
		this.workgroup = this.fixtures.workgroup(this.lead, this.member);
		this.fixtures.workgroup(this.fixtures.staff(), this.outsider);
		this.plan = this.fixtures.plan();
		this.aim = this.fixtures.aim(this.plan, 1);
		this.step = this.fixtures.step(this.aim, this.workgroup, this.member, LocalDate.now().plusDays(20));
	}

	private String token(Person person, Scope scope) {
		return this.tokens.create(person.getId(), "Test " + scope, scope, LocalDate.now().plusDays(30)).secret();
	}

	private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	private MockHttpServletRequestBuilder progress(String token, String json) {
		return bearer(post("/api/v1/action-steps/{id}/progress-updates", this.step.getId()), token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	@Test
	void anonymousRequestsGetAProblemAndABearerChallengeNeverTheSignInPage() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/v1/plans"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")))
			.andExpect(jsonPath("$.status").value(401))
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getRedirectedUrl()).isNull();
		this.mvc.perform(bearer(get("/api/v1/plans"), "alliance_pat_not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", Matchers.containsString("invalid_token")));
	}

	@Test
	void tokensAreStoredOnlyAsDigestsAndShownOnce() {
		String secret = token(this.member, Scope.READ);
		assertThat(secret).startsWith(AccessTokenService.PREFIX).hasSizeGreaterThan(50);
		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from access_token where person_id = ?",
				this.member.getId());
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("digest")).isEqualTo(AccessTokenService.digest(secret));
		assertThat(rows.get(0).values()).noneMatch((v) -> String.valueOf(v).contains(secret.substring(13)));
		// the list shows names, never the token
		assertThat(this.tokens.ofPerson(this.member.getId())).singleElement()
			.satisfies((t) -> assertThat(t.toString()).doesNotContain(secret.substring(13)));
	}

	@Test
	void aTokenReadsWithItsOwnersPermissionsAndIsMarkedUsed() throws Exception {
		String secret = token(this.member, Scope.READ);
		this.mvc.perform(bearer(get("/api/v1/action-steps/{id}", this.step.getId()), secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step.title").value(this.step.getTitle()))
			.andExpect(jsonPath("$.version").isNumber());
		assertThat(this.tokens.ofPerson(this.member.getId()).get(0).lastUsedAt()).isNotNull();
	}

	@Test
	void revokedExpiredAndDisabledOwnersTokensAreRefused() throws Exception {
		String revoked = token(this.member, Scope.READ);
		long revokedId = this.tokens.ofPerson(this.member.getId()).get(0).id();
		this.mvc.perform(bearer(get("/api/v1/plans"), revoked)).andExpect(status().isOk());
		this.tokens.revoke(revokedId, this.member.getId(), false);
		this.mvc.perform(bearer(get("/api/v1/plans"), revoked)).andExpect(status().isUnauthorized());

		String expired = "alliance_pat_expired-" + System.nanoTime();
		this.store.insert(this.member.getId(), "Old", AccessTokenService.digest(expired), Scope.READ,
				Instant.now().minusSeconds(86_400 * 10), Instant.now().minusSeconds(60));
		this.mvc.perform(bearer(get("/api/v1/plans"), expired)).andExpect(status().isUnauthorized());

		Person admin = this.fixtures.person(SystemRole.ADMIN);
		String owners = token(this.outsider, Scope.READ_WRITE);
		this.mvc.perform(bearer(get("/api/v1/plans"), owners)).andExpect(status().isOk());
		this.people.setEnabled(this.outsider.getId(), false, admin.getId());
		this.mvc.perform(bearer(get("/api/v1/plans"), owners)).andExpect(status().isUnauthorized());
		// enabling the account again does not bring its tokens back
		this.people.setEnabled(this.outsider.getId(), true, admin.getId());
		this.mvc.perform(bearer(get("/api/v1/plans"), owners)).andExpect(status().isUnauthorized());
		assertThat(this.tokens.ofPerson(this.outsider.getId())).allMatch((t) -> t.revokedAt() != null);
	}

	@Test
	void aReadTokenCannotWriteAndAnotherWorkgroupsMemberIsForbidden() throws Exception {
		String body = "{\"status\":\"IN_PROGRESS\",\"percent\":10,\"narrative\":\"\",\"version\":"
				+ this.step.getVersion() + "}";
		this.mvc.perform(progress(token(this.member, Scope.READ), body))
			.andExpect(status().isForbidden())
			.andExpect(header().string("WWW-Authenticate", Matchers.containsString("insufficient_scope")));
		this.mvc.perform(progress(token(this.outsider, Scope.READ_WRITE), body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		assertThat(this.fixtures.historySize(this.step)).isZero();
	}

	@Test
	void aProgressUpdateThroughATokenIsRecordedAndAuditedAsItsOwnerViaTheToken() throws Exception {
		String secret = token(this.member, Scope.READ_WRITE);
		this.mvc
			.perform(progress(secret,
					"{\"status\":\"IN_PROGRESS\",\"percent\":40,\"narrative\":\"From the tracker\"," + "\"version\":"
							+ this.step.getVersion() + "}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/action-steps/" + this.step.getId()))
			.andExpect(jsonPath("$.step.percent").value(40))
			.andExpect(jsonPath("$.history[0].narrative").value("From the tracker"));
		String actor = this.jdbc
			.queryForObject(
					"select actor_name from audit_entry where entity_type = 'ActionStep' and entity_id = ?"
							+ " and summary = 'Progress update' order by id desc limit 1",
					String.class, this.step.getId());
		assertThat(actor).contains(this.member.getEmail()).endsWith("via token Test READ_WRITE");
	}

	@Test
	void aStaleVersionIsAConflictWithTheCurrentState() throws Exception {
		String secret = token(this.member, Scope.READ_WRITE);
		long version = this.step.getVersion();
		String body = "{\"status\":\"IN_PROGRESS\",\"percent\":40,\"version\":" + version + "}";
		this.mvc.perform(progress(secret, body)).andExpect(status().isCreated());
		this.mvc.perform(progress(secret, body.replace("40", "50")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.current.step.percent").value(40))
			.andExpect(jsonPath("$.current.version").value(version + 1));
		assertThat(this.fixtures.historySize(this.step)).isOne();
	}

	@Test
	void badBodiesAreClearProblemsAndChangeNothing() throws Exception {
		String secret = token(this.member, Scope.READ_WRITE);
		long version = this.step.getVersion();
		this.mvc.perform(progress(secret, "{\"status\":\"IN_PROGRESS\","))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("not valid JSON")));
		this.mvc
			.perform(progress(secret,
					"{\"status\":\"IN_PROGRESS\",\"percent\":4,\"version\":" + version + ",\"colour\":\"red\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colour"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("Unknown field 'colour'")));
		this.mvc.perform(progress(secret, "{\"status\":\"IN_PROGRESS\",\"percent\":\"lots\",\"version\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("percent"));
		this.mvc.perform(progress(secret, "{\"status\":\"DONE\",\"percent\":4,\"version\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("NOT_STARTED")));
		this.mvc.perform(progress(secret, "{\"status\":\"BLOCKED\",\"percent\":140,\"version\":" + version + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(
					jsonPath("$.errors[?(@.field == 'percent')].message").value("Enter a whole number from 0 to 100."));
		this.mvc.perform(progress(secret, "{\"status\":\"BLOCKED\",\"percent\":10,\"version\":" + version + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("narrative"));
		this.mvc.perform(bearer(get("/api/v1/action-steps/{id}", 987_654_321L), secret))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(bearer(get("/api/v1/action-steps/abc"), secret))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		assertThat(this.fixtures.historySize(this.step)).isZero();
	}

	@Test
	void aBrowserSessionUsesTheApiWithItsCsrfToken() throws Exception {
		String body = "{\"status\":\"IN_PROGRESS\",\"percent\":20,\"version\":" + this.step.getVersion() + "}";
		this.mvc.perform(get("/api/v1/plans/{id}", this.plan.getId()).with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(this.plan.getName()));
		this.mvc
			.perform(post("/api/v1/action-steps/{id}/progress-updates", this.step.getId()).with(as(this.member))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("CSRF")));
		this.mvc
			.perform(post("/api/v1/action-steps/{id}/progress-updates", this.step.getId()).with(as(this.member))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
	}

	@Test
	void listsArePagedWithTotalsAndLinksThatKeepTheFilters() throws Exception {
		for (int i = 0; i < 4; i++) {
			this.fixtures.step(this.aim, this.workgroup, this.member, LocalDate.now().plusDays(i + 1));
		}
		String secret = token(this.lead, Scope.READ);
		this.mvc
			.perform(bearer(get("/api/v1/plans/{id}/action-steps", this.plan.getId())
				.param("workgroup", this.workgroup.getId().toString())
				.param("size", "2")
				.param("page", "1"), secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.totalItems").value(5))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.links.next").value(Matchers.allOf(Matchers.containsString("page=2"),
					Matchers.containsString("workgroup=" + this.workgroup.getId()))))
			.andExpect(jsonPath("$.links.prev").value(Matchers.containsString("page=0")));
		this.mvc.perform(bearer(get("/api/v1/plans").param("size", "101"), secret))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.mvc
			.perform(bearer(get("/api/v1/plans/{id}/action-steps", this.plan.getId()).param("status", "SOMETIME"),
					secret))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void administratorsAssignLeadsOthersMayNot() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		String body = "{\"personId\":" + this.member.getId() + "}";
		this.mvc
			.perform(bearer(post("/api/v1/workgroups/{id}/leads", this.workgroup.getId()),
					token(this.lead, Scope.READ_WRITE))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(bearer(post("/api/v1/workgroups/{id}/leads", this.workgroup.getId()),
					token(admin, Scope.READ_WRITE))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[?(@.personId == " + this.member.getId() + ")].role").value("LEAD"));
	}

}
