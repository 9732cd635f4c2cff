package org.alliance.web.journey;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member signs in, finds their step, posts an update; a director then sees the new
 * figure.
 */
class MemberToLeadershipJourneyTest extends WebTestSupport {

	private Cookie signIn(Person person) throws Exception {
		return session(this.mvc.perform(formLogin().user(person.getEmail()).password(Fixtures.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn());
	}

	@Test
	void memberUpdateShowsOnTheLeadershipDashboard() throws Exception {
		Person lead = this.fixtures.staff();
		Person member = this.fixtures.staff();
		Person director = this.fixtures.person(SystemRole.LEADERSHIP);
		Workgroup workgroup = this.fixtures.workgroup(lead, member);
		Plan plan = this.fixtures.plan();
		Aim aim = this.fixtures.aim(plan, 1);
		ActionStep step = this.fixtures.step(aim, workgroup, member, LocalDate.now().plusDays(5));
		this.fixtures.step(aim, workgroup);

		Cookie memberSession = signIn(member);
		this.mvc.perform(get("/").cookie(memberSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(step.getTitle())))
			.andExpect(content().string(containsString("Due within 14 days")));
		this.mvc
			.perform(post("/action-steps/{id}/updates", step.getId()).param("status", "IN_PROGRESS")
				.param("percent", "80")
				.param("narrative", "Trainers booked")
				.param("version", "0")
				.with(csrf())
				.cookie(memberSession))
			.andExpect(status().is3xxRedirection());

		Cookie directorSession = signIn(director);
		// two steps of equal weight: (80 + 0) / 2 = 40
		this.mvc.perform(get("/dashboard").param("plan", plan.getId().toString()).cookie(directorSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"overall-percent\">40%")))
			.andExpect(content().string(containsString(member.getDisplayName())));
	}

}
