package org.alliance.web.security;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccountSecurityTest extends WebTestSupport {

	@Autowired
	SessionRepository<? extends Session> sessions;

	private Cookie signIn(String email, String password) throws Exception {
		return session(
				this.mvc.perform(formLogin().user(email).password(password)).andExpect(authenticated()).andReturn());
	}

	private static MockHttpServletRequestBuilder login(String email, String password, String address) {
		return post("/login").param("username", email).param("password", password).with(csrf()).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void passwordsAreStoredWithAnAdaptiveHashBehindADelegatingEncoder() {
		Person person = this.fixtures.staff();
		assertThat(this.fixtures.reload(person).getPasswordHash()).startsWith("{bcrypt}$2");
	}

	@Test
	void accountCreationRefusesCommonPasswords() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		this.mvc
			.perform(post("/admin/people").param("displayName", "New Person")
				.param("email", Fixtures.unique("np").replace(' ', '-') + "@example.org")
				.param("role", "STAFF")
				.param("password", "password1234")
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("id=\"password-error\"")));
	}

	@Test
	void aPersonChangesTheirOwnPasswordAfterGivingTheCurrentOne() throws Exception {
		Person person = this.fixtures.staff();
		this.mvc
			.perform(post("/account/password").param("currentPassword", "not it")
				.param("newPassword", "plum orchard lantern 42")
				.param("confirmPassword", "plum orchard lantern 42")
				.with(csrf())
				.with(as(person)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("That is not your current password.")));
		this.mvc
			.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "plum orchard lantern 42")
				.param("confirmPassword", "plum orchard lantern 43")
				.with(csrf())
				.with(as(person)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("The two new passwords are not the same.")));
		this.mvc
			.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "plum orchard lantern 42")
				.param("confirmPassword", "plum orchard lantern 42")
				.with(csrf())
				.with(as(person)))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user(person.getEmail()).password("plum orchard lantern 42"))
			.andExpect(authenticated());
		this.mvc.perform(login(person.getEmail(), Fixtures.PASSWORD, "10.20.0.1")).andExpect(unauthenticated());
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		Person person = this.fixtures.staff();
		Cookie session = signIn(person.getEmail(), Fixtures.PASSWORD);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(post("/admin/people/{id}/disable", person.getId()).with(csrf()).with(as(admin)))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAdministratorResetEndsTheSessionsAndTheNewPasswordWorks() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		Person person = this.fixtures.staff();
		Cookie session = signIn(person.getEmail(), Fixtures.PASSWORD);
		this.mvc
			.perform(post("/admin/people/{id}/password", person.getId()).param("newPassword", "tangerine harbour 77")
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		signIn(person.getEmail(), "tangerine harbour 77");
	}

	@Test
	void signingInIssuesANewSessionId() throws Exception {
		Person person = this.fixtures.staff();
		Cookie anonymous = session(this.mvc.perform(get("/login")).andReturn());
		Cookie signedIn = session(this.mvc
			.perform(post("/login").param("username", person.getEmail())
				.param("password", Fixtures.PASSWORD)
				.cookie(anonymous)
				.with(csrf()))
			.andExpect(authenticated())
			.andReturn());
		assertThat(signedIn.getValue()).isNotEqualTo(anonymous.getValue());
	}

	@Test
	void sessionsExpireAfterThirtyIdleMinutes() {
		Session session = this.sessions.createSession();
		assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void repeatedFailuresLockTheAccountForAWhileEvenWithTheRightPassword() throws Exception {
		Person person = this.fixtures.staff();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login(person.getEmail(), "wrong guess " + i, "10.30.0.1")).andExpect(unauthenticated());
		}
		this.mvc.perform(login(person.getEmail(), Fixtures.PASSWORD, "10.30.0.2"))
			.andExpect(redirectedUrl("/login?throttled"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login").param("throttled", ""))
			.andExpect(content().string(containsString("Too many failed sign-in attempts")));
		Person other = this.fixtures.staff();
		this.mvc.perform(login(other.getEmail(), Fixtures.PASSWORD, "10.30.0.2")).andExpect(authenticated());
	}

	@Test
	void strictTransportSecurityIsSentOnlyOverTls() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
		this.mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

}
