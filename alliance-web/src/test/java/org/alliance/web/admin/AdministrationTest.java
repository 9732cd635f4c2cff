package org.alliance.web.admin;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdministrationTest extends WebTestSupport {

	@Autowired
	PersonRepository people;

	@Autowired
	WorkgroupRepository workgroups;

	Person admin;

	@BeforeEach
	void setUp() {
		this.admin = this.fixtures.person(SystemRole.ADMIN);
	}

	@Test
	void onlyAdministratorsReachAdministration() throws Exception {
		for (Person other : new Person[] { this.fixtures.staff(), this.fixtures.person(SystemRole.LEADERSHIP) }) {
			this.mvc.perform(get("/admin/people").with(as(other))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/people").param("displayName", "X")
					.param("email", "x-" + other.getId() + "@example.org")
					.param("role", "ADMIN")
					.param("password", "long enough password")
					.with(csrf())
					.with(as(other)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/admin/people").with(as(this.admin))).andExpect(status().isOk());
	}

	@Test
	void administratorCreatesAnAccountThatCanSignIn() throws Exception {
		String email = Fixtures.unique("new").replace(' ', '-') + "@example.org";
		this.mvc
			.perform(post("/admin/people").param("displayName", "Rosa Delgado")
				.param("email", email)
				.param("role", "STAFF")
				.param("password", "a long pass phrase")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		Person created = this.people.findByEmail(email).orElseThrow();
		assertThat(created.getPasswordHash()).startsWith("{argon2}");
		this.mvc.perform(formLogin().user(email).password("a long pass phrase")).andExpect(authenticated());
	}

	@Test
	void accountFormReportsEachProblemAndKeepsInputButNotThePassword() throws Exception {
		this.mvc
			.perform(post("/admin/people").param("displayName", "Typed Name")
				.param("email", this.admin.getEmail())
				.param("role", "STAFF")
				.param("password", "short")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Enter a password of 12 to 128 characters.")))
			.andExpect(content().string(containsString("value=\"Typed Name\"")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		this.mvc
			.perform(post("/admin/people").param("displayName", "Typed Name")
				.param("email", this.admin.getEmail())
				.param("role", "STAFF")
				.param("password", "long enough password")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("An account with this e-mail address already exists.")));
	}

	@Test
	void disabledAccountCannotSignIn() throws Exception {
		Person person = this.fixtures.staff();
		this.mvc.perform(formLogin().user(person.getEmail()).password(Fixtures.PASSWORD)).andExpect(authenticated());
		this.mvc.perform(post("/admin/people/{id}/disable", person.getId()).with(csrf()).with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.reload(person).isEnabled()).isFalse();
		this.mvc.perform(formLogin().user(person.getEmail()).password(Fixtures.PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void administratorChangesARoleButNotTheirOwnAway() throws Exception {
		Person person = this.fixtures.staff();
		this.mvc
			.perform(post("/admin/people/{id}/role", person.getId()).param("role", "LEADERSHIP")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.reload(person).getRole()).isEqualTo(SystemRole.LEADERSHIP);
		this.mvc
			.perform(post("/admin/people/{id}/role", this.admin.getId()).param("role", "STAFF")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.reload(this.admin).getRole()).isEqualTo(SystemRole.ADMIN);
		this.mvc
			.perform(post("/admin/people/{id}/role", person.getId()).param("role", "OWNER")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void administratorCreatesAWorkgroupWithItsFirstLead() throws Exception {
		Person lead = this.fixtures.staff();
		String name = Fixtures.unique("Community Voices");
		this.mvc
			.perform(post("/admin/workgroups").param("name", name)
				.param("charge", "Bring lived experience into every decision")
				.param("leadId", lead.getId().toString())
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.workgroups.findAllWithMembers()).anySatisfy((w) -> {
			assertThat(w.getName()).isEqualTo(name);
			assertThat(w.isLead(lead.getId())).isTrue();
		});
		this.mvc
			.perform(
					post("/admin/workgroups").param("name", name).param("charge", "").with(csrf()).with(as(this.admin)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Enter the workgroup&#39;s charge")))
			.andExpect(content().string(containsString("Choose the workgroup&#39;s first lead.")));
	}

	@Test
	void administratorCreatesAPlanAndItsAims() throws Exception {
		String name = Fixtures.unique("Plan");
		String location = this.mvc
			.perform(post("/admin/plans").param("name", name)
				.param("description", "")
				.param("startDate", "2026-01-01")
				.param("endDate", "2028-12-31")
				.param("status", "ACTIVE")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String planId = location.replaceAll("\\D+", " ").trim().split(" ")[0];
		this.mvc
			.perform(post("/admin/plans/{id}/aims", planId).param("number", "1")
				.param("title", "Grow understanding")
				.param("description", "")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/plans/{id}/aims", planId).param("number", "1")
				.param("title", "Duplicate number")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Another aim of this plan already has this number.")));
		this.mvc.perform(get("/plans/{id}", planId).with(as(this.admin)))
			.andExpect(content().string(containsString("Grow understanding")));
		this.mvc
			.perform(post("/admin/plans").param("name", "Backwards")
				.param("startDate", "2026-01-01")
				.param("endDate", "2025-01-01")
				.param("status", "DRAFT")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("The end date must be after the start date.")));
	}

}
