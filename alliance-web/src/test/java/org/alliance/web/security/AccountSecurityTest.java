package org.alliance.web.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
		assertThat(this.fixtures.reload(person).getPasswordHash()).startsWith("{argon2}$argon2id$");
	}

	@Autowired
	PersonRepository people;

	@Test
	void passwordsLongerThanBcryptAllowsWorkAndOlderHashesMoveToArgon2AtSignIn() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		String email = Fixtures.unique("long").replace(' ', '-') + "@example.org";
		String longPassword = "ñandú vuela sobre el río ".repeat(5) + "x";
		this.mvc
			.perform(post("/admin/people").param("displayName", "Long Password")
				.param("email", email)
				.param("role", "STAFF")
				.param("password", longPassword)
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(login(email, longPassword, "10.40.0.1")).andExpect(authenticated());
		this.mvc.perform(login(email, longPassword.substring(0, 80), "10.40.0.1")).andExpect(unauthenticated());

		// an account hashed with bcrypt by an earlier version
		Person old = this.people.save(new Person(Fixtures.unique("old").replace(' ', '-') + "@example.org", "Old Hash",
				"{bcrypt}" + new BCryptPasswordEncoder().encode("plum orchard lantern 42"), SystemRole.STAFF,
				Instant.now()));
		// a long password against a bcrypt hash is a plain failure, never an error
		this.mvc.perform(login(old.getEmail(), "x".repeat(100), "10.40.0.2"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(login(old.getEmail(), "plum orchard lantern 42", "10.40.0.2")).andExpect(authenticated());
		assertThat(this.fixtures.reload(old).getPasswordHash()).startsWith("{argon2}");
		this.mvc.perform(login(old.getEmail(), "plum orchard lantern 42", "10.40.0.2")).andExpect(authenticated());
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
	void changingOnesOwnPasswordEndsTheOtherSessionsAndTheCurrentPasswordCheckIsThrottled() throws Exception {
		Person person = this.fixtures.staff();
		Cookie here = signIn(person.getEmail(), Fixtures.PASSWORD);
		Cookie elsewhere = signIn(person.getEmail(), Fixtures.PASSWORD);
		this.mvc
			.perform(post("/account/password").param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "quartz meadow violin 8")
				.param("confirmPassword", "quartz meadow violin 8")
				.with(csrf())
				.cookie(here))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login"));

		// someone at an open session guessing the current password gets five checks
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(post("/account/password").param("currentPassword", "guess number " + i)
					.param("newPassword", "copper lantern ferry 3")
					.param("confirmPassword", "copper lantern ferry 3")
					.with(csrf())
					.cookie(here))
				.andExpect(status().is(422))
				.andExpect(content().string(containsString("That is not your current password.")));
		}
		this.mvc
			.perform(post("/account/password").param("currentPassword", "quartz meadow violin 8")
				.param("newPassword", "copper lantern ferry 3")
				.param("confirmPassword", "copper lantern ferry 3")
				.with(csrf())
				.cookie(here))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Too many wrong current passwords")));
		this.mvc.perform(formLogin().user(person.getEmail()).password("quartz meadow violin 8"))
			.andExpect(authenticated());
	}

	@Test
	void aFormSentAfterTheSessionEndedLeadsToSignInAndBackToTheFormWithWhatWasTyped() throws Exception {
		Person member = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(this.fixtures.staff(), member);
		ActionStep step = this.fixtures.step(this.fixtures.aim(this.fixtures.plan(), 1), workgroup);
		String page = "/action-steps/" + step.getId();
		// the session ended while the form was open: the browser sends it without one
		MvcResult ended = this.mvc
			.perform(post(page + "/updates").param("status", "IN_PROGRESS")
				.param("percent", "40")
				.param("narrative", "Met the clinic managers; draft agreed")
				.param("version", String.valueOf(step.getVersion()))
				.header("Referer", "http://localhost" + page))
			.andExpect(redirectedUrl("/login?expired"))
			.andReturn();
		Cookie session = session(ended);
		this.mvc.perform(get("/login").param("expired", "").cookie(session))
			.andExpect(content().string(containsString("Your session has ended")));

		MvcResult signedIn = this.mvc
			.perform(post("/login").param("username", member.getEmail())
				.param("password", Fixtures.PASSWORD)
				.with(csrf())
				.cookie(session))
			.andExpect(redirectedUrl(page))
			.andReturn();
		Cookie after = session(signedIn);
		this.mvc.perform(get(page).cookie(after))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your session had ended, so this was not saved")))
			.andExpect(content().string(containsString("Met the clinic managers; draft agreed")));
		// shown once; nothing was saved
		this.mvc.perform(get(page).cookie(after))
			.andExpect(content().string(not(containsString("Met the clinic managers; draft agreed"))));
		assertThat(this.fixtures.historySize(step)).isZero();
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
	void repeatedFailuresFromOneAddressStopThatAddressButNotTheOwnerElsewhere() throws Exception {
		Person person = this.fixtures.staff();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login(person.getEmail(), "wrong guess " + i, "10.30.0.1")).andExpect(unauthenticated());
		}
		// from the guessing address even the right password is refused for a while
		this.mvc.perform(login(person.getEmail(), Fixtures.PASSWORD, "10.30.0.1"))
			.andExpect(redirectedUrl("/login?throttled"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login").param("throttled", ""))
			.andExpect(content().string(containsString("Too many failed sign-in attempts")));
		// the owner, from their own address, is not locked out
		this.mvc.perform(login(person.getEmail(), Fixtures.PASSWORD, "10.30.0.2")).andExpect(authenticated());
		Person other = this.fixtures.staff();
		this.mvc.perform(login(other.getEmail(), Fixtures.PASSWORD, "10.30.0.1")).andExpect(authenticated());
	}

	@Test
	void strictTransportSecurityIsSentOnlyOverTls() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
		this.mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

}
