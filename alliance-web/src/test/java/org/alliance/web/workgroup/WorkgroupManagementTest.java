package org.alliance.web.workgroup;

import java.time.LocalDate;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.web.support.WebTestSupport;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WorkgroupManagementTest extends WebTestSupport {

	Person lead;

	Person member;

	Person newcomer;

	Person admin;

	Workgroup workgroup;

	Workgroup otherWorkgroup;

	Aim aim;

	@BeforeEach
	void setUp() {
		this.lead = this.fixtures.staff();
		this.member = this.fixtures.staff();
		this.newcomer = this.fixtures.staff();
		this.admin = this.fixtures.person(SystemRole.ADMIN);
		this.workgroup = this.fixtures.workgroup(this.lead, this.member);
		this.otherWorkgroup = this.fixtures.workgroup(this.fixtures.staff());
		this.aim = this.fixtures.aim(this.fixtures.plan(), 1);
	}

	@Test
	void leadAddsAndRemovesMembers() throws Exception {
		this.mvc
			.perform(post("/workgroups/{id}/members", this.workgroup.getId())
				.param("personId", this.newcomer.getId().toString())
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "workgroup.member.added"));
		assertThat(this.fixtures.reload(this.workgroup).includes(this.newcomer.getId())).isTrue();

		this.mvc
			.perform(post("/workgroups/{id}/members/{pid}/remove", this.workgroup.getId(), this.member.getId())
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.reload(this.workgroup).includes(this.member.getId())).isFalse();
	}

	@Test
	void removingAMemberAsksFirstAndHandsTheirOpenStepsOverOrLeavesThemUnassigned() throws Exception {
		this.workgroup = this.fixtures.reload(this.workgroup);
		ActionStep open = this.fixtures.step(this.aim, this.workgroup, this.member, LocalDate.now().plusDays(20));
		ActionStep other = this.fixtures.step(this.aim, this.workgroup, this.member, null);
		// the workgroup page links to a confirmation, it does not remove at once
		assertThat(page("/workgroups/" + this.workgroup.getId(), this.lead))
			.contains("href=\"/workgroups/" + this.workgroup.getId() + "/members/" + this.member.getId() + "/remove\"")
			.contains("<option value=\"\">Choose a person</option>");
		String confirm = page("/workgroups/" + this.workgroup.getId() + "/members/" + this.member.getId() + "/remove",
				this.lead);
		assertThat(confirm).contains("2 open steps are assigned to " + this.member.getDisplayName())
			.contains(open.getTitle())
			.contains("Nobody for now")
			.contains("<option value=\"" + this.lead.getId() + "\">");
		// nobody else in the workgroup can take them over: refused, nothing changed
		this.mvc
			.perform(post("/workgroups/{id}/members/{pid}/remove", this.workgroup.getId(), this.member.getId())
				.param("reassignTo", this.newcomer.getId().toString())
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(flash().attribute("flashError", "workgroup.member.reassignNotMember"));
		assertThat(this.fixtures.reload(this.workgroup).includes(this.member.getId())).isTrue();
		assertThat(this.fixtures.reload(open).getAssigneeId()).isEqualTo(this.member.getId());
		// handed to the lead
		this.mvc
			.perform(post("/workgroups/{id}/members/{pid}/remove", this.workgroup.getId(), this.member.getId())
				.param("reassignTo", this.lead.getId().toString())
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(flash().attribute("flash", "workgroup.member.removed"));
		assertThat(this.fixtures.reload(this.workgroup).includes(this.member.getId())).isFalse();
		assertThat(this.fixtures.reload(open).getAssigneeId()).isEqualTo(this.lead.getId());
		assertThat(this.fixtures.reload(other).getAssigneeId()).isEqualTo(this.lead.getId());
	}

	@Test
	void aRemovedMembersStepsCanBeLeftUnassigned() throws Exception {
		ActionStep open = this.fixtures.step(this.aim, this.fixtures.reload(this.workgroup), this.member, null);
		this.mvc
			.perform(post("/workgroups/{id}/members/{pid}/remove", this.workgroup.getId(), this.member.getId())
				.param("reassignTo", "")
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(flash().attribute("flash", "workgroup.member.removed"));
		assertThat(this.fixtures.reload(open).getAssigneeId()).isNull();
	}

	@Test
	void addingAMemberWithNobodyChosenSaysSo() throws Exception {
		this.mvc
			.perform(post("/workgroups/{id}/members", this.workgroup.getId()).param("personId", "")
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(flash().attribute("flashError", "person.unknown"));
	}

	@Test
	void memberCannotManageMembers() throws Exception {
		this.mvc
			.perform(post("/workgroups/{id}/members", this.workgroup.getId())
				.param("personId", this.newcomer.getId().toString())
				.with(csrf())
				.with(as(this.member)))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.reload(this.workgroup).includes(this.newcomer.getId())).isFalse();
	}

	@Test
	void leadCannotManageAnotherWorkgroup() throws Exception {
		this.mvc
			.perform(post("/workgroups/{id}/members", this.otherWorkgroup.getId())
				.param("personId", this.newcomer.getId().toString())
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/workgroups/{id}/steps/new", this.otherWorkgroup.getId()).with(as(this.lead)))
			.andExpect(status().isForbidden());
	}

	@Test
	void leadCannotRemoveALeadButAnAdministratorAssignsAndRemovesLeads() throws Exception {
		Person secondLead = this.fixtures.staff();
		this.mvc
			.perform(post("/admin/workgroups/{id}/leads", this.workgroup.getId())
				.param("personId", secondLead.getId().toString())
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/workgroups/{id}/leads", this.workgroup.getId())
				.param("personId", secondLead.getId().toString())
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "workgroup.lead.appointed"));
		assertThat(this.fixtures.reload(this.workgroup).isLead(secondLead.getId())).isTrue();

		this.mvc
			.perform(post("/workgroups/{id}/members/{pid}/remove", this.workgroup.getId(), secondLead.getId())
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/admin/workgroups/{id}/leads/{pid}/remove", this.workgroup.getId(), this.lead.getId())
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "workgroup.lead.removed"));
		Workgroup reloaded = this.fixtures.reload(this.workgroup);
		assertThat(reloaded.isLead(this.lead.getId())).isFalse();
		assertThat(reloaded.includes(this.lead.getId())).isTrue();
	}

	@Test
	void theLastLeadCannotBeRemoved() throws Exception {
		this.mvc
			.perform(post("/admin/workgroups/{id}/leads/{pid}/remove", this.workgroup.getId(), this.lead.getId())
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "workgroup.lead.last"));
		assertThat(this.fixtures.reload(this.workgroup).isLead(this.lead.getId())).isTrue();
	}

	@Test
	void leadCreatesAndAssignsAStep() throws Exception {
		this.mvc
			.perform(post("/workgroups/{id}/steps", this.workgroup.getId()).param("title", "Translate the leaflet")
				.param("description", "Spanish first")
				.param("aimId", this.aim.getId().toString())
				.param("assigneeId", this.member.getId().toString())
				.param("startDate", "2026-01-01")
				.param("dueDate", "2026-03-01")
				.param("weight", "2")
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "step.created"));
		this.mvc.perform(get("/workgroups/{id}", this.workgroup.getId()).with(as(this.member)))
			.andExpect(content().string(containsString("Translate the leaflet")));
	}

	@Test
	void stepFormRefusesAnAssigneeFromOutsideAndBadDatesKeepingInput() throws Exception {
		this.mvc
			.perform(post("/workgroups/{id}/steps", this.workgroup.getId()).param("title", "Typed title")
				.param("aimId", this.aim.getId().toString())
				.param("assigneeId", this.newcomer.getId().toString())
				.param("weight", "1")
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("The assignee must be a member of this workgroup.")))
			.andExpect(content().string(containsString("value=\"Typed title\"")));
		this.mvc
			.perform(post("/workgroups/{id}/steps", this.workgroup.getId()).param("title", "Typed title")
				.param("aimId", this.aim.getId().toString())
				.param("startDate", "2026-05-01")
				.param("dueDate", "2026-04-01")
				.param("weight", "1")
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("id=\"dueDate-error\"")));
		this.mvc
			.perform(post("/workgroups/{id}/steps", this.workgroup.getId()).param("title", "")
				.param("weight", "0")
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Enter a title")))
			.andExpect(content().string(containsString("Choose the aim this step serves.")))
			.andExpect(content().string(containsString("Enter a weight from 1 to 100.")));
		this.mvc
			.perform(post("/workgroups/{id}/steps", this.workgroup.getId()).param("title", "Typed title")
				.param("dueDate", "31/12/2026")
				.param("weight", "1")
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Enter a date such as 2026-12-31.")))
			.andExpect(content().string(containsString("value=\"31/12/2026\"")));
	}

	@Test
	void concurrentEditsOfAStepGiveTheSecondEditorAConflict() throws Exception {
		ActionStep step = this.fixtures.step(this.aim, this.workgroup, null, LocalDate.now().plusDays(30));
		String version = String.valueOf(step.getVersion());
		this.mvc
			.perform(post("/action-steps/{id}/edit", step.getId()).param("title", "First title")
				.param("aimId", this.aim.getId().toString())
				.param("weight", "1")
				.param("version", version)
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/action-steps/{id}/edit", step.getId()).param("title", "Second title")
				.param("aimId", this.aim.getId().toString())
				.param("weight", "1")
				.param("version", version)
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("First title")))
			.andExpect(content().string(containsString("value=\"Second title\"")));
		assertThat(this.fixtures.reload(step).getTitle()).isEqualTo("First title");
	}

	@Test
	void workgroupPageShowsLeadsMembersAndManagementOnlyToThoseWhoMayManage() throws Exception {
		this.mvc.perform(get("/workgroups/{id}", this.workgroup.getId()).with(as(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.lead.getDisplayName())))
			.andExpect(content().string(containsString("Add a member")));
		this.mvc.perform(get("/workgroups/{id}", this.workgroup.getId()).with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.member.getDisplayName())))
			.andExpect(content().string(Matchers.not(containsString("Add a member"))));
		this.mvc.perform(get("/workgroups/{id}", 987654321L).with(as(this.member))).andExpect(status().isNotFound());
	}

}
