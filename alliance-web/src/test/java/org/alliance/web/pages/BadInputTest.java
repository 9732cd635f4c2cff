package org.alliance.web.pages;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input that would reach PostgreSQL and fail there is refused first with a message, and
 * never gives a 500: NUL characters, dates no plan holds, huge page numbers, names with
 * invisible characters.
 */
class BadInputTest extends WebTestSupport {

	@Test
	void aNulCharacterInAnyFieldIsRefusedAndNothingIsStored() throws Exception {
		Person member = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(this.fixtures.staff(), member);
		ActionStep step = this.fixtures.step(this.fixtures.aim(this.fixtures.plan(), 1), workgroup);
		this.mvc
			.perform(post("/action-steps/{id}/updates", step.getId()).param("status", "IN_PROGRESS")
				.param("percent", "40")
				.param("narrative", "half\u0000done")
				.param("version", String.valueOf(step.getVersion()))
				.with(csrf())
				.with(as(member)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Exception"))));
		assertThat(this.fixtures.historySize(step)).isZero();
	}

	@Test
	void datesNoPlanHoldsAreRefusedBesideWhatWasTyped() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		for (String date : new String[] { "+999999999-12-31", "0000-01-01", "99999-01-01" }) {
			this.mvc
				.perform(post("/admin/plans").param("name", Fixtures.unique("Dates"))
					.param("description", "")
					.param("startDate", date)
					.param("endDate", "2028-12-31")
					.param("status", "ACTIVE")
					.with(csrf())
					.with(as(admin)))
				.andExpect(status().is(422))
				.andExpect(content().string(containsString("Enter a date such as 2026-12-31")))
				.andExpect(content().string(containsString("value=\"" + date + "\"")));
		}
		Plan plan = this.fixtures.plan();
		Person director = this.fixtures.person(SystemRole.LEADERSHIP);
		for (String filter : new String[] { "from=0000-01-01", "to=+999999999-12-31" }) {
			this.mvc.perform(get("/dashboard?plan=" + plan.getId() + "&" + filter).with(as(director)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(not(containsString("Exception"))));
		}
	}

	@Test
	void theLargestPageNumberShowsTheLastPage() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		Person member = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(this.fixtures.staff(), member);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		this.fixtures.step(aim, workgroup);
		for (String path : new String[] { "/?page=2147483647", "/admin/audit?page=2147483647",
				"/plans/" + aim.getPlanId() + "?page=2147483647",
				"/workgroups/" + workgroup.getId() + "?page=2147483647", "/?page=-2147483648" }) {
			this.mvc.perform(get(path).with(as(path.startsWith("/admin") ? admin : member))).andExpect(status().isOk());
		}
	}

	@Test
	void aNameWithInvisibleCharactersIsRefused() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		for (String name : new String[] { "Ana\u202EzepéL", "Ana\u200BLópez", "Ana\u0007López" }) {
			this.mvc
				.perform(post("/admin/people").param("displayName", name)
					.param("email", Fixtures.unique("hidden").replace(' ', '-') + "@example.org")
					.param("role", "STAFF")
					.param("password", "plum orchard lantern 42")
					.with(csrf())
					.with(as(admin)))
				.andExpect(status().is(422))
				.andExpect(content().string(containsString("invisible characters")));
		}
	}

}
