package org.alliance.web.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.FeedbackStatus;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.feedback.FeedbackItemRepository;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Feedback end to end by HTTP: sent without signing in (throttled, honeypot, errors with
 * what was typed kept), followed by an unguessable link, triaged by a lead, its summary
 * approved by an administrator other than its writer and published; safeguarding for
 * administrators only; figures with small groups suppressed; an export without the
 * sender's details.
 */
class FeedbackTest extends WebTestSupport {

	static final AtomicInteger ADDRESS = new AtomicInteger(1);

	@Autowired
	FeedbackItemRepository items;

	@Autowired
	DimensionValueRepository groups;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Each test sends from a network address of its own, so the throttle counts it alone.
	 */
	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String newAddress() {
		return "10.20.0." + ADDRESS.getAndIncrement();
	}

	private MockHttpServletRequestBuilder send(String address, String message) {
		return post("/feedback").with(csrf())
			.with(from(address))
			.param("topic", "PLAN")
			.param("message", message)
			.param("contact", "sender@example.net")
			.param("consent", "true")
			.param("website", "");
	}

	/** Sends feedback and returns its status token. */
	private String submit(String message) throws Exception {
		MvcResult result = this.mvc.perform(send(newAddress(), message))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).startsWith("/feedback/status/");
		return url.substring("/feedback/status/".length(), url.indexOf('?'));
	}

	private FeedbackItem byMessage(String message) {
		return this.items.findAll().stream().filter((f) -> f.getMessage().equals(message)).findFirst().orElseThrow();
	}

	@Test
	void anyoneSendsFeedbackAndFollowsItThroughAnUnguessableLink() throws Exception {
		String message = "Evening hours please " + newAddress();
		String token = submit(message);
		assertThat(token).hasSize(43);
		String page = this.mvc.perform(get("/feedback/status/{t}", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		FeedbackItem item = byMessage(message);
		assertThat(page).contains(item.getReference(), message, "Received").doesNotContain("sender@example.net");
		assertThat(
				this.jdbc.queryForObject("select count(*) from feedback_item where token_hash = ?", Long.class, token))
			.as("only the hash of the token is stored")
			.isZero();
		// a wrong token, a near miss or a malformed one: not found, the same way
		String nearMiss = token.substring(0, 42) + ((token.charAt(42) == 'A') ? 'B' : 'A');
		for (String wrong : List.of(nearMiss, "A".repeat(43), "short", "A".repeat(44))) {
			this.mvc.perform(get("/feedback/status/{t}", wrong)).andExpect(status().isNotFound());
		}
		// a path that tries to climb out is refused before any application code
		this.mvc.perform(get("/feedback/status/{t}", "../../etc/passwd")).andExpect(status().is4xxClientError());
	}

	@Test
	void aBadSubmissionKeepsWhatWasTypedAndTheHoneypotAndTheThrottleHoldBack() throws Exception {
		String address = newAddress();
		String empty = this.mvc.perform(
				post("/feedback").with(csrf()).with(from(address)).param("message", " ").param("contact", "me@x.org"))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("There is a problem", "Choose what your feedback is about.",
				"Write your message, up to 4,000 characters.", "me@x.org");
		String aimless = this.mvc.perform(
				post("/feedback").with(csrf()).with(from(address)).param("topic", "AIM").param("message", "Kept text"))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(aimless).contains("Choose the aim.", "Kept text");
		long before = this.items.count();
		this.mvc.perform(send(address, "I am a robot").param("website", "http://spam.example"))
			.andExpect(status().isOk());
		assertThat(this.items.count()).as("the honeypot keeps nothing").isEqualTo(before);
		// without the form's CSRF token nothing is kept (the visitor is sent to sign in)
		long beforeForged = this.items.count();
		MvcResult forged = this.mvc
			.perform(post("/feedback").with(from(address)).param("topic", "PLAN").param("message", "No token"))
			.andReturn();
		assertThat(forged.getResponse().getStatus()).isIn(302, 403);
		assertThat(String.valueOf(forged.getResponse().getRedirectedUrl())).doesNotContain("/feedback/status");
		assertThat(this.items.count()).isEqualTo(beforeForged);
		String busy = newAddress();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(send(busy, "Message " + i + " " + busy)).andExpect(status().is3xxRedirection());
		}
		String sixth = this.mvc.perform(send(busy, "The sixth, kept"))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sixth).contains("Please wait a few minutes", "The sixth, kept");
		this.mvc.perform(send(newAddress(), "Another network " + busy)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aLeadTriagesAndAnswersAnAdministratorApprovesTheSummaryAndItIsPublished() throws Exception {
		Person lead = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(lead);
		ActionStep step = this.fixtures.step(this.fixtures.aim(this.fixtures.plan(), 1), workgroup, lead,
				LocalDate.now().plusDays(30));
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		Person member = this.fixtures.staff();
		this.fixtures.workgroup(this.fixtures.staff(), member);
		String payload = "<script>alert('x')</script> clinic hours";
		String token = submit(payload);
		long id = byMessage(payload).getId();
		this.mvc.perform(get("/feedback-items").with(as(member))).andExpect(status().isForbidden());
		String list = page("/feedback-items", lead);
		assertThat(list).contains(byMessage(payload).getReference());
		String shown = page("/feedback-items/" + id, lead);
		assertThat(shown).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert")
			.as("not assigned to her workgroup yet: no contact details, even when asked for")
			.doesNotContain("sender@example.net")
			.contains("only the lead of the workgroup handling it and administrators see it");
		assertThat(page("/feedback-items/" + id + "?contact=show", lead)).doesNotContain("sender@example.net");
		this.mvc
			.perform(post("/feedback-items/{id}/assign", id).with(as(lead))
				.with(csrf())
				.param("workgroupId", workgroup.getId().toString()))
			.andExpect(flash().attribute("flash", "feedback.assigned"));
		// handling it now, she reads them on request, and the reading is recorded
		assertThat(page("/feedback-items/" + id, lead)).doesNotContain("sender@example.net")
			.contains("Show the contact details")
			.contains("Each viewing is recorded in the audit trail.");
		assertThat(page("/feedback-items/" + id + "?contact=show", lead)).contains("sender@example.net");
		this.mvc
			.perform(get("/feedback-items/{id}", id).param("contact", "show")
				.with(as(this.fixtures.person(SystemRole.LEADERSHIP))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/feedback-items/{id}/steps", id).with(as(lead))
				.with(csrf())
				.param("stepId", step.getId().toString()))
			.andExpect(flash().attribute("flash", "feedback.step.linked"));
		String noAnswer = this.mvc
			.perform(post("/feedback-items/{id}/answer", id).with(as(lead))
				.with(csrf())
				.param("response", "Typed answer kept"))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(noAnswer).contains("Choose what became of it.", "Typed answer kept");
		this.mvc
			.perform(post("/feedback-items/{id}/answer", id).with(as(lead))
				.with(csrf())
				.param("outcome", "TAKEN_FORWARD")
				.param("response", "One late clinic a week from January"))
			.andExpect(flash().attribute("flash", "feedback.answered"));
		String status = this.mvc.perform(get("/feedback/status/{t}", token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(status).contains("Taken forward", "One late clinic a week from January", step.getTitle());

		this.mvc
			.perform(post("/feedback-items/{id}/summary", id).with(as(lead))
				.with(csrf())
				.param("youSaid", "<b>People</b> asked for evening hours")
				.param("weDid", "One late clinic a week"))
			.andExpect(flash().attribute("flash", "feedback.summary.saved"));
		this.mvc.perform(post("/feedback-items/{id}/summary/approve", id).with(as(lead)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(page("/public/you-said-we-did", lead)).doesNotContain("asked for evening hours");
		this.mvc.perform(post("/feedback-items/{id}/summary/approve", id).with(as(admin)).with(csrf()))
			.andExpect(flash().attribute("flash", "feedback.summary.approved"));
		String published = this.mvc.perform(get("/public/you-said-we-did"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(published)
			.contains("&lt;b&gt;People&lt;/b&gt; asked for evening hours", "One late clinic a week", step.getTitle())
			.doesNotContain("sender@example.net", payload);
		assertThat(this.jdbc.queryForList(
				"select summary from audit_entry where entity_type = 'FeedbackItem' and entity_id = ? order by id",
				String.class, id))
			.containsExactly("Feedback assigned", "Contact details viewed", "Linked to an action step",
					"Feedback answered", "Summary written", "Summary approved for publication");
		assertThat(this.jdbc.queryForObject(
				"select actor_id from audit_entry where entity_type = 'FeedbackItem' and entity_id = ? and action = 'VIEW'",
				Long.class, id))
			.as("who read the contact details")
			.isEqualTo(lead.getId());
		assertThat(page("/admin/audit", admin)).contains("Contact details viewed", ">viewed<");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'FeedbackItem'"
				+ " and entity_id = ? and (before_json like '%sender@example.net%' or after_json like '%sender@example.net%')",
				Long.class, id))
			.as("the audit trail never holds contact details")
			.isZero();
	}

	@Test
	void aSafeguardingConcernIsForAdministratorsOnlyUntilHandled() throws Exception {
		Person lead = this.fixtures.staff();
		this.fixtures.workgroup(lead);
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		String message = "Someone is not safe at home " + newAddress();
		submit(message);
		long id = byMessage(message).getId();
		this.mvc.perform(post("/feedback-items/{id}/safeguarding", id).with(as(lead)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/feedback-items/{id}", id).with(as(lead))).andExpect(status().isForbidden());
		assertThat(page("/feedback-items", lead)).doesNotContain(byMessage(message).getReference());
		String forAdmin = page("/feedback-items", admin);
		assertThat(forAdmin).contains(byMessage(message).getReference(), "safeguarding");
		this.mvc.perform(post("/feedback-items/{id}/safeguarding/handled", id).with(as(lead)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/feedback-items/{id}/safeguarding/handled", id).with(as(admin)).with(csrf()))
			.andExpect(flash().attribute("flash", "feedback.safeguarding.handled"));
		assertThat(page("/feedback-items/" + id, lead)).contains(message);
	}

	@Test
	void theExportLeavesOutTheSenderAndTheFiguresSuppressSmallGroups() throws Exception {
		Person lead = this.fixtures.staff();
		this.fixtures.workgroup(lead);
		long group = this.groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.GENDER).get(2).getId();
		String message = "=HYPERLINK(\"http://evil\") counted " + newAddress();
		this.mvc.perform(send(newAddress(), message).param("groupIds", String.valueOf(group)))
			.andExpect(status().is3xxRedirection());
		String csv = this.mvc.perform(get("/feedback-items.csv").with(as(lead)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains(byMessage(message).getReference(), "\"'=HYPERLINK(\"\"http://evil\"\")")
			.doesNotContain("sender@example.net", "Non-binary");
		Person director = this.fixtures.person(SystemRole.LEADERSHIP);
		long count = this.jdbc.queryForObject("select count(*) from feedback_group where group_id = ?", Long.class,
				group);
		String figures = page("/feedback-items/figures", director);
		assertThat(figures).contains("Feedback by self-described group");
		assertThat(count).as("a group of fewer than 11").isBetween(1L, 10L);
		assertThat(figures).containsPattern("Non-binary or another gender</span></th>\\s*<td class=\"num\">suppressed");
		assertThat(this.items.findAll().stream().filter((f) -> f.getStatus() == FeedbackStatus.NEW)).isNotEmpty();
	}

	@Test
	void everyFieldIsEscapedWhereverItIsShownAndANewStepAnswersAnItem() throws Exception {
		Person lead = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(lead);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		String x = "<img src=x onerror=alert(1)>";
		String message = x + " message " + newAddress();
		MvcResult sent = this.mvc.perform(send(newAddress(), message).param("contact", x + " contact"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String token = sent.getResponse().getRedirectedUrl().replaceAll(".*/status/([^?]+).*", "$1");
		long id = byMessage(message).getId();
		this.mvc
			.perform(post("/feedback-items/{id}/assign", id).with(as(lead))
				.with(csrf())
				.param("workgroupId", workgroup.getId().toString()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/feedback-items/{id}/notes", id).with(as(lead)).with(csrf()).param("body", x + " note"))
			.andExpect(flash().attribute("flash", "feedback.note.added"));
		this.mvc
			.perform(post("/feedback-items/{id}/steps/new", id).with(as(lead))
				.with(csrf())
				.param("title", x + " evening clinic")
				.param("aimId", aim.getId().toString())
				.param("dueDate", LocalDate.now().plusDays(60).toString()))
			.andExpect(flash().attribute("flash", "feedback.step.created"));
		assertThat(this.jdbc
			.queryForObject("select s.workgroup_id from feedback_step f join action_step s on s.id = f.step_id"
					+ " where f.item_id = ?", Long.class, id))
			.isEqualTo(workgroup.getId());
		this.mvc
			.perform(post("/feedback-items/{id}/answer", id).with(as(lead))
				.with(csrf())
				.param("outcome", "PARTLY")
				.param("response", x + " response"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/feedback-items/{id}/summary", id).with(as(lead))
				.with(csrf())
				.param("youSaid", x + " said")
				.param("weDid", x + " did"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/feedback-items/{id}/summary/approve", id).with(as(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		List<String> pages = List.of(page("/feedback-items/" + id + "?contact=show", admin),
				page("/feedback-items", admin),
				this.mvc.perform(get("/feedback/status/{t}", token)).andReturn().getResponse().getContentAsString(),
				this.mvc.perform(get("/public/you-said-we-did")).andReturn().getResponse().getContentAsString());
		for (String html : pages) {
			assertThat(html).doesNotContain("<img src=x");
		}
		assertThat(pages.get(0)).contains("&lt;img src=x onerror=alert(1)&gt; note",
				"&lt;img src=x onerror=alert(1)&gt; contact", "&lt;img src=x onerror=alert(1)&gt; evening clinic");
		assertThat(pages.get(2)).contains("&lt;img src=x onerror=alert(1)&gt; response")
			.doesNotContain("contact", "note");
		assertThat(pages.get(3)).contains("&lt;img src=x onerror=alert(1)&gt; did");
	}

}
