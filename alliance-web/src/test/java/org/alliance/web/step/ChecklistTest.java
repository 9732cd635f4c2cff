package org.alliance.web.step;

import java.time.LocalDate;

import org.alliance.application.step.ChecklistService;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.ChecklistItem;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.step.ChecklistItemRepository;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Checklist steps: the step's workgroup ticks items with a day and a note; the step's
 * percent and status follow (rounded down), roll up like any step, and show on the
 * dashboard; its leads add items; bad input, stale forms and contradicting progress
 * updates are refused with nothing changed.
 */
class ChecklistTest extends WebTestSupport {

	@Autowired
	ChecklistService checklists;

	@Autowired
	ChecklistItemRepository items;

	private Person lead;

	private Person member;

	private Person otherMember;

	private Workgroup other;

	private Plan plan;

	private Aim aim;

	private ActionStep step;

	@BeforeEach
	void world() {
		this.lead = this.fixtures.staff();
		this.member = this.fixtures.staff();
		this.otherMember = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(this.lead, this.member);
		this.other = this.fixtures.workgroup(this.fixtures.staff(), this.otherMember);
		this.plan = this.fixtures.plan();
		this.aim = this.fixtures.aim(this.plan, 1);
		this.step = this.fixtures.step(this.aim, workgroup);
	}

	private ChecklistItem add(String text) {
		return this.checklists.add(this.step.getId(), text, this.lead.getId());
	}

	private ChecklistItem reload(ChecklistItem item) {
		return this.items.findById(item.getId()).orElseThrow();
	}

	private MockHttpServletRequestBuilder tick(ChecklistItem item, Person person, String day, String note) {
		return post("/action-steps/" + this.step.getId() + "/checklist/" + item.getId() + "/tick").with(csrf())
			.with(as(person))
			.param("version", String.valueOf(reload(item).getVersion()))
			.param("doneOn", day)
			.param("note", note);
	}

	@Test
	void tickingMovesTheStepItsAimAndTheDashboard() throws Exception {
		ChecklistItem first = add("Translate the leaflets");
		ChecklistItem second = add("Offer interpreters");
		ChecklistItem third = add("Train reception staff");
		this.mvc.perform(tick(first, this.member, LocalDate.now().minusDays(2).toString(), "Done in six languages"))
			.andExpect(status().is3xxRedirection());
		ActionStep now = this.fixtures.reload(this.step);
		assertThat(now.getPercent()).isEqualTo(33);
		assertThat(now.getStatus()).isEqualTo(StepStatus.IN_PROGRESS);
		// adding items to a step at 0% moved nothing; the tick is its first update
		assertThat(this.fixtures.historySize(this.step)).isEqualTo(1);
		String page = page("/action-steps/" + this.step.getId(), this.member);
		assertThat(page).contains("1 of 3 items ticked", "Done in six languages", this.member.getDisplayName(),
				"Ticked: Translate the leaflets",
				"This step&#39;s percent comes from its checklist: tick items above.");
		assertThat(page("/dashboard?plan=" + this.plan.getId(), this.lead)).contains("Checklists", this.step.getTitle(),
				"1 of 3");
		this.mvc.perform(tick(second, this.lead, LocalDate.now().toString(), ""))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(tick(third, this.member, LocalDate.now().toString(), ""))
			.andExpect(status().is3xxRedirection());
		now = this.fixtures.reload(this.step);
		assertThat(now.getPercent()).isEqualTo(100);
		assertThat(now.getStatus()).isEqualTo(StepStatus.COMPLETED);
		assertThat(page("/plans/" + this.plan.getId(), this.member)).contains("100%");
		// a tick taken back reopens the step
		this.mvc
			.perform(
					post("/action-steps/" + this.step.getId() + "/checklist/" + second.getId() + "/untick").with(csrf())
						.with(as(this.member))
						.param("version", String.valueOf(reload(second).getVersion())))
			.andExpect(status().is3xxRedirection());
		now = this.fixtures.reload(this.step);
		assertThat(now.getPercent()).isEqualTo(66);
		assertThat(now.getStatus()).isEqualTo(StepStatus.IN_PROGRESS);
		assertThat(reload(second).isDone()).isFalse();
	}

	@Test
	void onlyTheStepsWorkgroupTicksAndOnlyItsLeadsAddItems() throws Exception {
		ChecklistItem item = add("Share the resource list");
		Person director = this.fixtures.person(SystemRole.LEADERSHIP);
		for (Person outsider : new Person[] { this.otherMember, director }) {
			this.mvc.perform(tick(item, outsider, LocalDate.now().toString(), "")).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/action-steps/" + this.step.getId() + "/checklist").with(csrf())
				.with(as(this.member))
				.param("text", "A member's item"))
			.andExpect(status().isForbidden());
		// an item of another step is not found through this step
		ActionStep elsewhere = this.fixtures.step(this.aim, this.other);
		ChecklistItem foreign = this.checklists.add(elsewhere.getId(), "Elsewhere", this.lead.getId());
		this.mvc.perform(tick(foreign, this.member, LocalDate.now().toString(), "")).andExpect(status().isNotFound());
		assertThat(reload(item).isDone()).isFalse();
		assertThat(reload(foreign).isDone()).isFalse();
		this.mvc
			.perform(post("/action-steps/" + this.step.getId() + "/checklist").with(csrf())
				.with(as(this.lead))
				.param("text", "Promote community supports"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.items.findByStepIdOrderByPositionAsc(this.step.getId())).extracting(ChecklistItem::getText)
			.containsExactly("Share the resource list", "Promote community supports");
	}

	@Test
	void badInputIsRefusedWithWhatWasTypedKeptAndNothingChanged() throws Exception {
		ChecklistItem item = add("Fund culturally responsive training");
		String future = refused(tick(item, this.member, LocalDate.now().plusDays(3).toString(), "Booked <b>early</b>"));
		assertThat(future).contains("Enter the day it was done, as a date that is not in the future.",
				"Booked &lt;b&gt;early&lt;/b&gt;", "aria-invalid=\"true\"");
		String garbled = refused(tick(item, this.member, "yesterday", "Typed note"));
		assertThat(garbled).contains("Enter the day it was done", "Typed note");
		String tooLong = refused(tick(item, this.member, LocalDate.now().toString(), "x".repeat(1001)));
		assertThat(tooLong).contains("Keep the note to 1,000 characters or fewer.");
		String empty = refused(post("/action-steps/" + this.step.getId() + "/checklist").with(csrf())
			.with(as(this.lead))
			.param("text", "  "));
		assertThat(empty).contains("Write the item, in at most 500 characters.");
		assertThat(reload(item).isDone()).isFalse();
		assertThat(this.fixtures.reload(this.step).getPercent()).isZero();
		assertThat(this.items.findByStepIdOrderByPositionAsc(this.step.getId())).hasSize(1);
		// without the CSRF token nothing is ticked
		this.mvc
			.perform(post("/action-steps/" + this.step.getId() + "/checklist/" + item.getId() + "/tick")
				.with(as(this.member))
				.param("version", "0")
				.param("doneOn", LocalDate.now().toString()))
			.andExpect(status().isForbidden());
		assertThat(reload(item).isDone()).isFalse();
	}

	@Test
	void aStaleFormIsAConflictAndTheProgressFormCannotContradictTheChecklist() throws Exception {
		ChecklistItem item = add("Provide translated materials");
		add("Credit originating communities");
		long seen = reload(item).getVersion();
		this.checklists.tick(this.step.getId(), item.getId(), seen, this.lead.getId(), LocalDate.now(), "First");
		this.checklists.untick(this.step.getId(), item.getId(), reload(item).getVersion(), this.lead.getId());
		String conflict = this.mvc
			.perform(post("/action-steps/" + this.step.getId() + "/checklist/" + item.getId() + "/tick").with(csrf())
				.with(as(this.member))
				.param("version", String.valueOf(seen))
				.param("doneOn", LocalDate.now().toString())
				.param("note", "Second"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(conflict).contains("Someone else changed this item");
		assertThat(reload(item).isDone()).isFalse();
		ActionStep now = this.fixtures.reload(this.step);
		String contradicting = refused(post("/action-steps/" + this.step.getId() + "/updates").with(csrf())
			.with(as(this.member))
			.param("version", String.valueOf(now.getVersion()))
			.param("status", "IN_PROGRESS")
			.param("percent", "40")
			.param("narrative", ""));
		assertThat(contradicting).contains("comes from its checklist");
		// at risk with the checklist's own percent is a normal update
		this.mvc
			.perform(post("/action-steps/" + this.step.getId() + "/updates").with(csrf())
				.with(as(this.member))
				.param("version", String.valueOf(now.getVersion()))
				.param("status", "AT_RISK")
				.param("percent", "0")
				.param("narrative", "Translators are hard to find"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixtures.reload(this.step).getStatus()).isEqualTo(StepStatus.AT_RISK);
	}

}
