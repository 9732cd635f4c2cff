package org.alliance.web.comment;

import java.time.LocalDate;
import java.util.List;

import org.alliance.application.comment.CommentService;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.notification.OutboxStore;
import org.alliance.application.notification.OutboxStore.Kind;
import org.alliance.application.notification.OutboxStore.Message;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Comments on a step: anyone who reads the step comments, text is escaped, mentions
 * e-mail the person mentioned, the author edits (the earlier text kept), the author or an
 * administrator removes (a marker kept), pages of twenty.
 */
class CommentsTest extends WebTestSupport {

	@Autowired
	CommentService comments;

	@Autowired
	OutboxStore outbox;

	@Autowired
	JdbcTemplate jdbc;

	private ActionStep step(Person lead, Person member) {
		Workgroup workgroup = this.fixtures.workgroup(lead, member);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		return this.fixtures.step(aim, workgroup, member, LocalDate.now().plusDays(20));
	}

	private List<Message> mentionsOf(Person person) {
		return this.outbox.page(null, 0, 10_000)
			.stream()
			.filter((m) -> m.personId() == person.getId() && m.kind() == Kind.MENTION)
			.toList();
	}

	@Test
	void anyoneWhoReadsAStepCommentsAndTheTextIsEscapedAndAudited() throws Exception {
		Person lead = this.fixtures.staff();
		Person member = this.fixtures.staff();
		ActionStep step = step(lead, member);
		Person outsider = this.fixtures.staff();
		String payload = "<script>alert('x')</script><img src=x onerror=alert(1)> \"quoted\" & line\nbreak";
		this.mvc
			.perform(post("/action-steps/{id}/comments", step.getId()).with(as(outsider))
				.with(csrf())
				.param("body", payload))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/action-steps/" + step.getId() + "#comments"));
		String html = page("/action-steps/" + step.getId(), lead);
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<script>alert", "<img src=x")
			.contains(outsider.getDisplayName(), "One comment");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id = ? and summary = 'Comment added' and entity_type = 'ActionStep'",
				Long.class, step.getId()))
			.isEqualTo(1L);
		this.mvc.perform(post("/action-steps/{id}/comments", step.getId()).with(as(member)).param("body", "no CSRF"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/action-steps/{id}/comments", step.getId()).with(csrf()).param("body", "anonymous"))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.comments.page(step.getId(), 0).total()).as("neither was added").isEqualTo(1);
		this.mvc
			.perform(post("/action-steps/{id}/comments", 99_999_999L).with(as(member)).with(csrf()).param("body", "x"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anEmptyOrTooLongCommentComesBackWithItsMessageAndWhatWasTyped() throws Exception {
		Person member = this.fixtures.staff();
		ActionStep step = step(this.fixtures.staff(), member);
		String empty = refused(
				post("/action-steps/{id}/comments", step.getId()).with(as(member)).with(csrf()).param("body", "   "));
		assertThat(empty).contains("Write a comment.", "Error:");
		String typed = "y".repeat(CommentService.BODY_MAX + 1);
		String tooLong = refused(
				post("/action-steps/{id}/comments", step.getId()).with(as(member)).with(csrf()).param("body", typed));
		assertThat(tooLong).contains("A comment can be 4,000 characters at most.", typed);
		assertThat(this.comments.page(step.getId(), 0).total()).isZero();
	}

	@Test
	void aMentionedPersonIsToldByEmailButNotTheAuthorOrAnUnknownAddress() throws Exception {
		Person lead = this.fixtures.staff();
		Person member = this.fixtures.staff();
		ActionStep step = step(lead, member);
		this.mvc
			.perform(post("/action-steps/{id}/comments", step.getId()).with(as(member))
				.with(csrf())
				.param("body",
						"Could you check this, @" + lead.getEmail().toUpperCase() + "? Also @" + member.getEmail()
								+ " and @nobody@example.invalid."))
			.andExpect(status().is3xxRedirection());
		List<Message> toLead = mentionsOf(lead);
		assertThat(toLead).hasSize(1);
		assertThat(toLead.get(0).subject()).isEqualTo(member.getDisplayName() + " mentioned you: " + step.getTitle());
		assertThat(toLead.get(0).text()).contains("Could you check this",
				"/action-steps/" + step.getId() + "#comments");
		assertThat(mentionsOf(member)).as("no message to oneself").isEmpty();

		// an edit tells only the people it mentions for the first time
		Person newcomer = this.fixtures.staff();
		long id = this.jdbc.queryForObject("select max(id) from step_comment where step_id = ?", Long.class,
				step.getId());
		this.mvc
			.perform(post("/action-steps/{id}/comments/{c}/edit", step.getId(), id).with(as(member))
				.with(csrf())
				.param("body", "Could you check this, @" + lead.getEmail() + " and @" + newcomer.getEmail() + "?"))
			.andExpect(status().is3xxRedirection());
		assertThat(mentionsOf(lead)).as("already told").hasSize(1);
		assertThat(mentionsOf(newcomer)).hasSize(1);
	}

	@Test
	void theAuthorEditsKeepingTheEarlierTextAndTheAuthorOrAnAdministratorRemovesLeavingAMarker() throws Exception {
		Person lead = this.fixtures.staff();
		Person member = this.fixtures.staff();
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		ActionStep step = step(lead, member);
		long id = this.comments.add(step.getId(), member.getId(), "First wording");
		String edit = "/action-steps/" + step.getId() + "/comments/" + id + "/edit";
		this.mvc.perform(get(edit).with(as(lead))).andExpect(status().isForbidden());
		this.mvc.perform(post(edit).with(as(admin)).with(csrf()).param("body", "Admin's words"))
			.andExpect(status().isForbidden());
		assertThat(page(edit, member)).contains("First wording");
		this.mvc.perform(post(edit).with(as(member)).with(csrf()).param("body", "Second wording"))
			.andExpect(status().is3xxRedirection());
		String html = page("/action-steps/" + step.getId(), lead);
		assertThat(html).contains("Second wording", "Earlier versions", "First wording", "(edited ");
		// another step's path does not reach this comment
		ActionStep other = step(lead, member);
		this.mvc
			.perform(post("/action-steps/{id}/comments/{c}/edit", other.getId(), id).with(as(member))
				.with(csrf())
				.param("body", "Moved"))
			.andExpect(status().isNotFound());

		String remove = "/action-steps/" + step.getId() + "/comments/" + id + "/remove";
		this.mvc.perform(post(remove).with(as(lead)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(remove).with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		String after = page("/action-steps/" + step.getId(), member);
		assertThat(after).contains("Comment removed by " + admin.getDisplayName())
			.doesNotContain("Second wording", "First wording");
		this.mvc.perform(get(edit).with(as(member))).andExpect(status().isForbidden());
	}

	@Test
	void commentsComeTwentyToAPageOldestFirstAndANewOneLeadsToTheLastPage() throws Exception {
		Person member = this.fixtures.staff();
		ActionStep step = step(this.fixtures.staff(), member);
		for (int i = 1; i <= 24; i++) {
			this.comments.add(step.getId(), member.getId(), String.format("Numbered comment %02d", i));
		}
		String first = page("/action-steps/" + step.getId(), member);
		assertThat(first).contains("24 comments", "Numbered comment 01", "Numbered comment 20")
			.doesNotContain("Numbered comment 21")
			.contains("/action-steps/" + step.getId() + "?comments=1");
		assertThat(page("/action-steps/" + step.getId() + "?comments=1", member)).contains("Numbered comment 21",
				"Numbered comment 24");
		this.mvc
			.perform(post("/action-steps/{id}/comments", step.getId()).with(as(member))
				.with(csrf())
				.param("body", "The newest"))
			.andExpect(redirectedUrl("/action-steps/" + step.getId() + "?comments=1#comments"));
	}

}
