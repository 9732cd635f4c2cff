package org.alliance.web.step;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProgressUpdateTest extends WebTestSupport {

	Person lead;

	Person member;

	Person outsider;

	ActionStep step;

	@BeforeEach
	void setUp() {
		this.lead = this.fixtures.staff();
		this.member = this.fixtures.staff();
		this.outsider = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(this.lead, this.member);
		this.fixtures.workgroup(this.outsider);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		this.step = this.fixtures.step(aim, workgroup);
	}

	private MockHttpServletRequestBuilder update(String status, String percent, String narrative, long version) {
		return post("/action-steps/{id}/updates", this.step.getId()).param("status", status)
			.param("percent", percent)
			.param("narrative", narrative)
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	@Test
	void memberSeesTheStepWithItsUpdateForm() throws Exception {
		this.mvc.perform(get("/action-steps/{id}", this.step.getId()).with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.step.getTitle())))
			.andExpect(content().string(containsString("action=\"/action-steps/" + this.step.getId() + "/updates\"")))
			.andExpect(content().string(containsString("No updates yet")));
	}

	@Test
	void memberPostsAnUpdateAndSeesItInTheHistory() throws Exception {
		this.mvc.perform(update("IN_PROGRESS", "35", "Kick-off held", 0).with(as(this.member)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/action-steps/" + this.step.getId()))
			.andExpect(flash().attribute("flash", "step.update.saved"));

		ActionStep saved = this.fixtures.reload(this.step);
		assertThat(saved.getStatus()).isEqualTo(StepStatus.IN_PROGRESS);
		assertThat(saved.getPercent()).isEqualTo(35);
		this.mvc.perform(get("/action-steps/{id}", this.step.getId()).with(as(this.member)))
			.andExpect(content().string(containsString("Kick-off held")))
			.andExpect(content().string(containsString(this.member.getDisplayName())))
			.andExpect(content().string(containsString("Progress 0% to 35%.")));
	}

	@Test
	void leadOfTheWorkgroupAndAdministratorMayUpdateToo() throws Exception {
		this.mvc.perform(update("IN_PROGRESS", "10", "", 0).with(as(this.lead))).andExpect(status().is3xxRedirection());
		this.mvc.perform(update("IN_PROGRESS", "20", "", 1).with(as(this.fixtures.person(SystemRole.ADMIN))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.historySize(this.step)).isEqualTo(2);
	}

	@Test
	void memberCannotUpdateAnotherWorkgroupsStep() throws Exception {
		this.mvc.perform(update("IN_PROGRESS", "50", "", 0).with(as(this.outsider))).andExpect(status().isForbidden());
		assertThat(this.fixtures.historySize(this.step)).isZero();
		this.mvc.perform(get("/action-steps/{id}", this.step.getId()).with(as(this.outsider)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/updates\""))))
			.andExpect(content().string(containsString("Only members of this step")));
	}

	@Test
	void leadershipReadsButCannotUpdate() throws Exception {
		Person director = this.fixtures.person(SystemRole.LEADERSHIP);
		this.mvc.perform(get("/action-steps/{id}", this.step.getId()).with(as(director))).andExpect(status().isOk());
		this.mvc.perform(update("IN_PROGRESS", "50", "", 0).with(as(director))).andExpect(status().isForbidden());
		assertThat(this.fixtures.historySize(this.step)).isZero();
	}

	@Test
	void theStepPageOffersEachReaderWhatTheyMayDo() throws Exception {
		Person director = this.fixtures.person(SystemRole.LEADERSHIP);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		// leadership sitting in a workgroup still only reads its steps
		ActionStep directorsStep = this.fixtures.step(aim, this.fixtures.workgroup(this.fixtures.staff(), director));
		assertOffers(this.step, this.member, true, false);
		assertOffers(this.step, this.lead, true, true);
		assertOffers(this.step, this.fixtures.person(SystemRole.ADMIN), true, true);
		assertOffers(this.step, this.outsider, false, false);
		assertOffers(directorsStep, director, false, false);
	}

	private void assertOffers(ActionStep step, Person reader, boolean update, boolean manage) throws Exception {
		String page = page("/action-steps/" + step.getId(), reader);
		assertThat(page.contains("action=\"/action-steps/" + step.getId() + "/updates\""))
			.as("update form for %s", reader.getEmail())
			.isEqualTo(update);
		assertThat(page.contains("href=\"/action-steps/" + step.getId() + "/edit\""))
			.as("edit link for %s", reader.getEmail())
			.isEqualTo(manage);
	}

	@Test
	void anonymousIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/action-steps/{id}", this.step.getId()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(update("IN_PROGRESS", "50", "", 0)).andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.historySize(this.step)).isZero();
	}

	@Test
	void updateWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/action-steps/{id}/updates", this.step.getId()).param("status", "IN_PROGRESS")
				.param("percent", "50")
				.param("version", "0")
				.with(as(this.member)))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.historySize(this.step)).isZero();
	}

	@Test
	void atRiskWithoutNarrativeIsRefusedNextToTheNarrativeField() throws Exception {
		this.mvc.perform(update("AT_RISK", "40", "  ", 0).with(as(this.member)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("id=\"narrative-error\"")))
			.andExpect(content().string(containsString("a narrative is required when a step is at risk or blocked")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("value=\"40\"")));
		assertThat(this.fixtures.historySize(this.step)).isZero();
	}

	@Test
	void percentOutOfRangeOrNotANumberKeepsWhatWasTyped() throws Exception {
		this.mvc.perform(update("IN_PROGRESS", "140", "Typed narrative", 0).with(as(this.member)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("id=\"percent-error\"")))
			.andExpect(content().string(containsString("Typed narrative")));
		this.mvc.perform(update("IN_PROGRESS", "lots", "Typed narrative", 0).with(as(this.member)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Enter a whole number.")))
			.andExpect(content().string(containsString("Typed narrative")));
		assertThat(this.fixtures.historySize(this.step)).isZero();
	}

	@Test
	void completedMustBeOneHundredPercent() throws Exception {
		this.mvc.perform(update("COMPLETED", "90", "", 0).with(as(this.member)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("A completed step is 100% complete")));
		assertThat(this.fixtures.reload(this.step).getStatus()).isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void unknownStatusIsAFieldErrorNotACrash() throws Exception {
		this.mvc.perform(update("FINISHED", "90", "", 0).with(as(this.member)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Choose a status from the list.")));
	}

	@Test
	void secondEditorOfTheSameVersionGetsAConflictAndKeepsWhatTheyTyped() throws Exception {
		this.mvc.perform(update("IN_PROGRESS", "30", "First editor", 0).with(as(this.lead)))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(update("IN_PROGRESS", "60", "Second editor's words", 0).with(as(this.member)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else updated this step")))
			.andExpect(content().string(containsString(this.lead.getDisplayName())))
			.andExpect(content().string(containsString("Second editor&#39;s words")))
			.andExpect(content().string(containsString("value=\"60\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

		ActionStep saved = this.fixtures.reload(this.step);
		assertThat(saved.getPercent()).isEqualTo(30);
		assertThat(this.fixtures.historySize(this.step)).isEqualTo(1);
	}

	@Test
	void unknownAndMalformedIdsGive404And400() throws Exception {
		this.mvc.perform(get("/action-steps/{id}", 987654321L).with(as(this.member))).andExpect(status().isNotFound());
		this.mvc.perform(update("IN_PROGRESS", "1", "", 0).with(as(this.member)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/action-steps/987654321/updates").param("status", "IN_PROGRESS")
				.param("percent", "1")
				.param("version", "0")
				.with(csrf())
				.with(as(this.member)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/action-steps/not-a-number").with(as(this.member))).andExpect(status().isBadRequest());
	}

}
