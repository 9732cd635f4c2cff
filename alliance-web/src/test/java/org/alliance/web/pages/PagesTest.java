package org.alliance.web.pages;

import java.time.LocalDate;
import java.util.List;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page renders for every role, with every message found and every status in words.
 */
class PagesTest extends WebTestSupport {

	Person admin;

	Person director;

	Person lead;

	Person member;

	Workgroup workgroup;

	@Autowired
	PersonRepository people;

	Plan plan;

	Aim aim;

	ActionStep overdue;

	ActionStep later;

	@BeforeEach
	void setUp() {
		this.admin = this.fixtures.person(SystemRole.ADMIN);
		this.director = this.fixtures.person(SystemRole.LEADERSHIP);
		this.lead = this.fixtures.staff();
		this.member = this.fixtures.staff();
		this.workgroup = this.fixtures.workgroup(this.lead, this.member);
		this.plan = this.fixtures.plan();
		this.aim = this.fixtures.aim(this.plan, 1);
		this.later = this.fixtures.step(this.aim, this.workgroup, this.member, LocalDate.now().plusDays(60));
		this.overdue = this.fixtures.step(this.aim, this.workgroup, null, LocalDate.now().minusDays(3));
	}

	@Test
	void everyPageRendersForEveryRoleWithoutMissingMessages() throws Exception {
		List<String> readable = List.of("/my-steps", "/dashboard", "/dashboard?plan=" + this.plan.getId(), "/plans",
				"/plans/" + this.plan.getId(), "/action-steps/" + this.overdue.getId(), "/workgroups",
				"/workgroups/" + this.workgroup.getId(), "/commitments");
		List<String> adminOnly = List.of("/admin", "/admin/people", "/admin/people/new",
				"/admin/people/" + this.member.getId(), "/admin/plans", "/admin/plans/new",
				"/admin/plans/" + this.plan.getId() + "/edit", "/admin/plans/" + this.plan.getId() + "/aims/new",
				"/admin/aims/" + this.aim.getId() + "/edit", "/admin/workgroups/new",
				"/admin/workgroups/" + this.workgroup.getId() + "/edit");
		List<String> leadPages = List.of("/workgroups/" + this.workgroup.getId() + "/steps/new",
				"/workgroups/" + this.workgroup.getId() + "/members/" + this.member.getId() + "/remove",
				"/action-steps/" + this.overdue.getId() + "/edit");
		for (Person person : List.of(this.admin, this.director, this.lead, this.member)) {
			for (String page : readable) {
				assertRendered(person, page);
			}
		}
		for (String page : adminOnly) {
			assertRendered(this.admin, page);
			this.mvc.perform(get(page).with(as(this.lead))).andExpect(status().isForbidden());
		}
		for (String page : leadPages) {
			assertRendered(this.lead, page);
			assertRendered(this.admin, page);
			this.mvc.perform(get(page).with(as(this.member))).andExpect(status().isForbidden());
			this.mvc.perform(get(page).with(as(this.director))).andExpect(status().isForbidden());
		}
	}

	@Test
	void eachRoleLandsWhereItsWorkIs() throws Exception {
		this.mvc.perform(get("/").with(as(this.director))).andExpect(redirectedUrl("/dashboard"));
		this.mvc.perform(get("/").with(as(this.admin))).andExpect(redirectedUrl("/admin"));
		assertThat(page("/", this.member)).contains("<h1>My action steps</h1>");
		assertThat(page("/", this.lead)).contains("<h1>My action steps</h1>");
		// the administrators' home says what needs them: a workgroup without a lead,
		// staff
		// in no workgroup, and every plan with its steps
		Person unplaced = this.fixtures.staff();
		Person leaving = this.fixtures.staff();
		Workgroup leaderless = this.fixtures.workgroup(leaving);
		assertThat(page("/admin", this.admin)).doesNotContain(">" + leaderless.getName() + "<");
		leaving = this.fixtures.reload(leaving);
		leaving.disable();
		this.people.save(leaving);
		String admin = page("/admin", this.admin);
		assertThat(admin).contains(">" + leaderless.getName() + "<")
			.contains(unplaced.getDisplayName())
			.doesNotContain(">" + this.member.getDisplayName() + "<")
			.contains(this.plan.getName());
		// the navigation is the same for everyone, "my action steps" included
		for (Person person : List.of(this.admin, this.director, this.lead, this.member)) {
			assertThat(page("/dashboard", person)).contains("href=\"/my-steps\"");
		}
	}

	@Test
	void aStepsBackLinkReturnsWhereThePersonCameFrom() throws Exception {
		String step = "/action-steps/" + this.overdue.getId();
		String mine = page(step + "?from=mine", this.member);
		assertThat(mine).contains("<a href=\"/my-steps\">Back to my action steps</a>")
			.contains("name=\"from\" value=\"mine\"")
			.doesNotContain("Back to the plan");
		assertThat(mine.split("<h1", -1)).as("one heading").hasSize(2);
		assertThat(page(step + "?from=dashboard", this.member))
			.contains("<a href=\"/dashboard?plan=" + this.plan.getId() + "\">Back to the dashboard</a>");
		assertThat(page(step + "?from=workgroup", this.member))
			.contains("<a href=\"/workgroups/" + this.workgroup.getId() + "\">Back to " + this.workgroup.getName());
		// anything else, or nothing: the plan
		for (String from : new String[] { "", "?from=https://evil.example", "?from=plan" }) {
			assertThat(page(step + from, this.member))
				.contains("<a href=\"/plans/" + this.plan.getId() + "\">Back to the plan</a>")
				.doesNotContain("href=\"https://evil.example");
		}
		// after an update the person is still on their way back
		this.mvc
			.perform(post(step + "/updates").param("status", "IN_PROGRESS")
				.param("percent", "10")
				.param("version", String.valueOf(this.fixtures.reload(this.overdue).getVersion()))
				.param("from", "mine")
				.with(csrf())
				.with(as(this.member)))
			.andExpect(redirectedUrl(step + "?from=mine"));
	}

	private void assertRendered(Person person, String page) throws Exception {
		MvcResult result = this.mvc.perform(get(page).with(as(person))).andExpect(status().isOk()).andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(html).as(page).doesNotContain("??").contains("<h1").contains("<title>").contains("lang=\"en\"");
	}

	@Test
	void homeListsMyStepsOverdueFirstWithAOneClickPathToTheUpdateForm() throws Exception {
		String html = this.mvc.perform(get("/").with(as(this.member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf(this.overdue.getTitle())).isPositive().isLessThan(html.indexOf(this.later.getTitle()));
		assertThat(html).contains("/action-steps/" + this.overdue.getId() + "?from=mine#update")
			.contains("Overdue (1)");
	}

	@Test
	void planPageExplainsTheRollUpAndFiltersWithoutChangingFigures() throws Exception {
		this.mvc.perform(get("/plans/{id}", this.plan.getId()).with(as(this.member)))
			.andExpect(content().string(containsString("Weighted mean of the percent complete of 2 steps")))
			.andExpect(content().string(containsString("2 steps with no update yet count as 0%")))
			.andExpect(content().string(containsString(this.later.getTitle())));
		this.mvc.perform(get("/plans/{id}", this.plan.getId()).param("overdue", "true").with(as(this.member)))
			.andExpect(content().string(containsString(this.overdue.getTitle())))
			.andExpect(content().string(not(containsString(this.later.getTitle()))))
			.andExpect(content().string(containsString("Weighted mean of the percent complete of 2 steps")));
		this.mvc.perform(get("/plans/{id}", this.plan.getId()).param("status", "BLOCKED").with(as(this.member)))
			.andExpect(content().string(containsString("No steps of this aim match the filter.")));
		this.mvc.perform(get("/plans/{id}", this.plan.getId()).param("status", "NONSENSE").with(as(this.member)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/plans/{id}", 987654321L).with(as(this.member))).andExpect(status().isNotFound());
	}

	@Test
	void statusesAreShownInWordsNotColourAlone() throws Exception {
		this.mvc.perform(get("/plans/{id}", this.plan.getId()).with(as(this.member)))
			.andExpect(content().string(containsString("Not started")))
			.andExpect(content().string(containsString(">Overdue<")));
	}

	@Test
	void dashboardCountsStepsByStatusAndListsOverdueSteps() throws Exception {
		this.mvc.perform(get("/dashboard").param("plan", this.plan.getId().toString()).with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("out of 2 steps")))
			.andExpect(content().string(containsString(this.overdue.getTitle())))
			.andExpect(content().string(containsString(this.workgroup.getName())));
	}

	@Test
	void formFieldsTakeTheirLimitsFromTheFormsConstraintsAndPointToTheirHintAndError() throws Exception {
		String planForm = page("/admin/plans/new", this.admin);
		assertThat(planForm).containsPattern("maxlength=\"" + Plan.NAME_MAX + "\"[^>]*id=\"name\"");
		String aimForm = page("/admin/plans/" + this.plan.getId() + "/aims/new", this.admin);
		assertThat(aimForm).containsPattern("min=\"1\" max=\"999\"[^>]*id=\"number\"")
			.containsPattern("maxlength=\"" + Aim.TITLE_MAX + "\"[^>]*id=\"title\"");
		// blocked without saying why: refused next to the narrative, which has a hint too
		String refused = refused(post("/action-steps/{id}/updates", this.later.getId()).param("status", "BLOCKED")
			.param("percent", "20")
			.param("version", String.valueOf(this.later.getVersion()))
			.with(csrf())
			.with(as(this.member)));
		assertThat(refused).contains("aria-describedby=\"narrative-hint narrative-error\" aria-invalid=\"true\"");
	}

	@Test
	void signInPageHidesDemoAccountsWhenDemoDataIsOff() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in to Alliance")))
			.andExpect(content().string(not(containsString("admin@example.org"))));
	}

}
