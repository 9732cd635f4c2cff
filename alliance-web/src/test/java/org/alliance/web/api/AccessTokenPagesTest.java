package org.alliance.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.application.token.AccessTokenService;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.application.token.AccessTokenStore.Scope;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account's token page: a token is shown once (never cached), works at once, is
 * listed by name only, and is revoked by its owner or an administrator; bad input keeps
 * what was typed; names are escaped.
 */
class AccessTokenPagesTest extends WebTestSupport {

	@Autowired
	AccessTokenService tokens;

	private static final Pattern SECRET = Pattern.compile("value=\"(alliance_pat_[A-Za-z0-9_-]+)\"");

	@Test
	void aTokenIsShownOnceWorksAtOnceAndIsListedByNameOnly() throws Exception {
		Person member = this.fixtures.staff();
		MockHttpServletResponse made = this.mvc
			.perform(post("/account/tokens").with(as(member))
				.with(csrf())
				.param("name", "Warehouse <script>alert(1)</script>")
				.param("scope", "READ")
				.param("expiry", "DAYS_30"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(made.getHeader("Cache-Control")).contains("no-store");
		String page = made.getContentAsString();
		assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("the new token on the page").isTrue();
		String secret = matcher.group(1);
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		String list = page("/account/tokens", member);
		assertThat(list).contains("Warehouse &lt;script&gt;").doesNotContain(secret);
		assertThat(this.tokens.ofPerson(member.getId())).singleElement().satisfies((t) -> {
			assertThat(t.scope()).isEqualTo(Scope.READ);
			assertThat(t.expiresAt()).isAfter(Instant.now().plusSeconds(29L * 86_400));
		});
	}

	@Test
	void badInputIsExplainedAndKept() throws Exception {
		Person member = this.fixtures.staff();
		String page = refused(post("/account/tokens").with(as(member))
			.with(csrf())
			.param("name", "Tracker")
			.param("scope", "READ_WRITE")
			.param("expiry", "DATE")
			.param("expiresOn", LocalDate.now().plusYears(3).toString()));
		assertThat(page).contains("a date from today up to a year ahead").contains("value=\"Tracker\"");
		page = refused(post("/account/tokens").with(as(member))
			.with(csrf())
			.param("name", " ")
			.param("scope", "READ")
			.param("expiry", "DAYS_7"));
		assertThat(page).contains("Enter a name that says what the token is for.");
		assertThat(this.tokens.ofPerson(member.getId())).isEmpty();
		this.mvc
			.perform(post("/account/tokens").with(as(member))
				.param("name", "No CSRF")
				.param("scope", "READ")
				.param("expiry", "DAYS_7"))
			.andExpect(status().isForbidden());
		assertThat(this.tokens.ofPerson(member.getId())).isEmpty();
	}

	@Test
	void ownersRevokeTheirOwnAdministratorsAnyonesNobodyElse() throws Exception {
		Person owner = this.fixtures.staff();
		Person other = this.fixtures.staff();
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		AccessTokenService.Created first = this.tokens.create(owner.getId(), "First", Scope.READ,
				LocalDate.now().plusDays(3));
		AccessTokenService.Created second = this.tokens.create(owner.getId(), "Second", Scope.READ,
				LocalDate.now().plusDays(3));
		this.mvc.perform(post("/account/tokens/{id}/revoke", first.token().id()).with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/account/tokens/{id}/revoke", first.token().id()).with(as(owner)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + first.secret()))
			.andExpect(status().isUnauthorized());
		assertThat(page("/admin/tokens", admin)).contains("Second").doesNotContain(">First<");
		this.mvc.perform(post("/admin/tokens/{id}/revoke", second.token().id()).with(as(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + second.secret()))
			.andExpect(status().isUnauthorized());
		assertThat(page("/account/tokens", owner)).contains("Revoked");
	}

}
