package org.alliance.web.impact;

import java.time.LocalDate;
import java.util.List;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.impact.AnalysisStatus;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.impact.ImpactAnalysisRepository;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An impact analysis through its pages: started by a member, screened, written, its
 * impacts mitigated by new steps, submitted, signed off by a lead who is not its owner,
 * then read-only but for its evaluation; returned analyses editable again; every change
 * audited; bad input answered with its message and what was typed.
 */
class ImpactAnalysisPagesTest extends WebTestSupport {

	@Autowired
	ImpactAnalysisRepository analyses;

	@Autowired
	DimensionValueRepository groups;

	@Autowired
	JdbcTemplate jdbc;

	final class Team {

		final Person lead = fixtures.staff();

		final Person member = fixtures.staff();

		final Person otherLead = fixtures.staff();

		final Person director = fixtures.person(SystemRole.LEADERSHIP);

		final Workgroup workgroup = fixtures.workgroup(this.lead, this.member);

		final Workgroup otherWorkgroup = fixtures.workgroup(this.otherLead);

		final Plan plan = fixtures.plan();

		final Aim aim = fixtures.aim(this.plan, 1);

	}

	private MockHttpServletRequestBuilder postAs(Person person, String path, Object... vars) {
		return post(path, vars).with(as(person)).with(csrf());
	}

	private ImpactAnalysis analysis(long id) {
		return this.analyses.findWithIndicators(id).orElseThrow();
	}

	private long start(Team team, String title) throws Exception {
		MvcResult result = this.mvc
			.perform(postAs(team.member, "/analyses").param("planId", team.plan.getId().toString())
				.param("workgroupId", team.workgroup.getId().toString())
				.param("title", title)
				.param("subjectKind", "SERVICE_CHANGE")
				.param("description", "Interpreters by video call by default")
				.param("reviewDate", LocalDate.now().plusMonths(6).toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/analyses/", ""));
	}

	private void screenFull(Team team, long id) throws Exception {
		this.mvc.perform(postAs(team.member, "/analyses/{id}/screening/start", id))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/analyses/" + id + "/screening", team.member)).contains("id=\"negative\"");
		this.mvc
			.perform(postAs(team.member, "/analyses/{id}/screening", id).param("negative", "YES")
				.param("access", "NO")
				.param("unknown", "UNKNOWN")
				.param("version", String.valueOf(analysis(id).getVersion())))
			.andExpect(flash().attribute("flash", "analysis.screening.full"));
	}

	private void writeAll(Person person, long id) throws Exception {
		this.mvc
			.perform(postAs(person, "/analyses/{id}/sections", id).param("desiredResults", "Equal waits")
				.param("dataNotes", "No data on understanding")
				.param("engagementGroups", "Spanish-speaking families")
				.param("engagementMethods", "Two listening sessions")
				.param("engagementHeard", "Video does not suit everyone")
				.param("implementation", "Pilot in two clinics")
				.param("accountability", "Quarterly report")
				.param("publicSummary", "We keep in-person interpreters for anyone who asks.")
				.param("version", String.valueOf(analysis(id).getVersion())))
			.andExpect(flash().attribute("flash", "analysis.sections.saved"));
	}

	private long group(String label) {
		return this.groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.AGE_BAND)
			.stream()
			.filter((g) -> g.getLabel().equals(label))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private long addNegativeEffect(Person person, long id) throws Exception {
		this.mvc
			.perform(postAs(person, "/analyses/{id}/effects", id).param("groupId", String.valueOf(group("65+")))
				.param("impact", "NEGATIVE")
				.param("evidence", "No device or data plan"))
			.andExpect(flash().attribute("flash", "analysis.effect.added"));
		return this.jdbc.queryForObject("select max(id) from impact_effect where analysis_id = ?", Long.class, id);
	}

	@Test
	void aMemberTakesItFromDraftToSignOffAndTheMitigationIsAStepOfThePlan() throws Exception {
		Team team = new Team();
		long id = start(team, "Interpreters by video");
		// found by search, by anyone signed in
		assertThat(page("/search?q=interpreter+vid", team.director)).contains("Impact analyses (",
				"href=\"/analyses/" + id + "\"");
		assertThat(analysis(id).getStatus()).isEqualTo(AnalysisStatus.DRAFT);
		assertThat(analysis(id).getOwnerId()).isEqualTo(team.member.getId());
		screenFull(team, id);
		assertThat(analysis(id).getStatus()).isEqualTo(AnalysisStatus.IN_ANALYSIS);

		// submitting too early names every missing step, with links, and changes nothing
		String incomplete = refused(postAs(team.member, "/analyses/{id}/submit", id));
		assertThat(incomplete).contains("Before it can be submitted for sign-off, write these steps",
				"1. Desired results", "4. Benefits and burdens (at least one impact)",
				"6. Accountability and communication", "/analyses/" + id + "/sections#desiredResults");
		assertThat(analysis(id).getStatus()).isEqualTo(AnalysisStatus.IN_ANALYSIS);

		assertThat(page("/analyses/" + id + "/sections", team.member)).contains("id=\"desiredResults\"",
				"Equity indicators to quote");
		writeAll(team.member, id);
		long effect = addNegativeEffect(team.member, id);
		assertThat(page("/analyses/" + id + "/effects/" + effect + "/mitigations/new", team.member))
			.contains("id=\"aimId\"", "No device or data plan");
		assertThat(page("/analyses/" + id + "/edit", team.member)).contains("Interpreters by video");
		this.mvc
			.perform(postAs(team.member, "/analyses/{id}/effects/{effectId}/mitigations", id, effect)
				.param("title", "Keep in-person interpreters on request")
				.param("description", "")
				.param("workgroupId", team.otherWorkgroup.getId().toString())
				.param("aimId", team.aim.getId().toString())
				.param("dueDate", LocalDate.now().plusDays(40).toString()))
			.andExpect(flash().attribute("flash", "analysis.mitigation.added"));
		Long stepId = this.jdbc.queryForObject("select step_id from impact_mitigation where effect_id = ?", Long.class,
				effect);
		assertThat(this.jdbc.queryForMap("select workgroup_id, aim_id, due_date, status from action_step where id = ?",
				stepId))
			.containsEntry("workgroup_id", team.otherWorkgroup.getId())
			.containsEntry("aim_id", team.aim.getId())
			.containsEntry("status", "NOT_STARTED");
		// the step's progress shows on the analysis as it moves
		this.jdbc.update("update action_step set status = 'IN_PROGRESS', percent = 45 where id = ?", stepId);
		assertThat(page("/analyses/" + id, team.director)).contains("Keep in-person interpreters on request",
				"In progress", "45%");

		this.mvc
			.perform(postAs(team.member, "/analyses/{id}/submit", id).param("version",
					String.valueOf(analysis(id).getVersion())))
			.andExpect(flash().attribute("flash", "analysis.submitted"));
		assertThat(analysis(id).getStatus()).isEqualTo(AnalysisStatus.AWAITING_SIGN_OFF);
		assertThat(page("/analyses/" + id, team.lead)).contains("id=\"decision-form\"");
		assertThat(page("/analyses/" + id, team.member)).doesNotContain("id=\"decision-form\"");

		// the member who owns it may not decide; a lead of another workgroup may not
		// either
		this.mvc.perform(postAs(team.member, "/analyses/{id}/decision", id).param("decision", "PROCEED"))
			.andExpect(status().isForbidden());
		this.mvc.perform(postAs(team.otherLead, "/analyses/{id}/decision", id).param("decision", "PROCEED"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(postAs(team.lead, "/analyses/{id}/decision", id).param("decision", "PROCEED_WITH_MITIGATIONS")
				.param("comment", "Go ahead with the pilot")
				.param("version", String.valueOf(analysis(id).getVersion())))
			.andExpect(flash().attribute("flash", "analysis.signedOff"));
		ImpactAnalysis signed = analysis(id);
		assertThat(signed.getStatus()).isEqualTo(AnalysisStatus.SIGNED_OFF);
		assertThat(signed.getReviewerId()).isEqualTo(team.lead.getId());

		// read-only now: writing, adding impacts and correcting the details are refused
		// with a message; nothing changes
		this.mvc
			.perform(postAs(team.member, "/analyses/{id}/sections", id).param("desiredResults", "Changed later")
				.param("version", String.valueOf(signed.getVersion())))
			.andExpect(status().is(422));
		this.mvc
			.perform(postAs(team.member, "/analyses/{id}/effects", id).param("groupId", String.valueOf(group("18-24")))
				.param("impact", "UNKNOWN")
				.param("evidence", "Late addition"))
			.andExpect(status().is(422));
		this.mvc.perform(get("/analyses/{id}/edit", id).with(as(team.member)))
			.andExpect(flash().attribute("flashError", "analysis.locked.signedOff"));
		assertThat(analysis(id).getDesiredResults()).isEqualTo("Equal waits");
		assertThat(this.jdbc.queryForObject("select count(*) from impact_effect where analysis_id = ?", Long.class, id))
			.isEqualTo(1L);
		// every other change posted straight at it, by its owner and by an administrator,
		// is refused too and changes nothing
		long effectId = this.jdbc.queryForObject("select id from impact_effect where analysis_id = ?", Long.class, id);
		long mitigations = this.jdbc.queryForObject("select count(*) from impact_mitigation where analysis_id = ?",
				Long.class, id);
		long version = analysis(id).getVersion();
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		for (Person who : List.of(team.member, admin)) {
			for (MockHttpServletRequestBuilder post : List.of(
					postAs(who, "/analyses/{id}/edit", id).param("title", "Renamed after sign-off")
						.param("subjectKind", "POLICY")
						.param("description", "Changed")
						.param("workgroupId", String.valueOf(analysis(id).getWorkgroupId()))
						.param("version", String.valueOf(version)),
					postAs(who, "/analyses/{id}/screening", id).param("version", String.valueOf(version)),
					postAs(who, "/analyses/{id}/effects/{e}/remove", id, effectId),
					postAs(who, "/analyses/{id}/effects/{e}/mitigations", id, effectId)
						.param("title", "Late mitigation")
						.param("dueDate", LocalDate.now().plusDays(30).toString()),
					postAs(who, "/analyses/{id}/submit", id).param("version", String.valueOf(version)),
					postAs(who, "/analyses/{id}/decision", id).param("decision", "RETURNED")
						.param("comment", "Reopen")
						.param("version", String.valueOf(version)))) {
				MvcResult answered = this.mvc.perform(post).andReturn();
				if (answered.getResponse().getStatus() == 302) {
					// refused with a message on the page it returns to
					assertThat(answered.getFlashMap().get("flashError")).as("a change to a signed-off analysis")
						.isNotNull();
				}
				else {
					assertThat(answered.getResponse().getStatus()).as("a change to a signed-off analysis")
						.isBetween(400, 499);
				}
			}
		}
		ImpactAnalysis unchanged = analysis(id);
		assertThat(unchanged.getStatus()).isEqualTo(AnalysisStatus.SIGNED_OFF);
		assertThat(unchanged.getVersion()).isEqualTo(version);
		assertThat(unchanged.getTitle()).isNotEqualTo("Renamed after sign-off");
		assertThat(this.jdbc.queryForObject("select count(*) from impact_effect where analysis_id = ?", Long.class, id))
			.isEqualTo(1L);
		assertThat(this.jdbc.queryForObject("select count(*) from impact_mitigation where analysis_id = ?", Long.class,
				id))
			.isEqualTo(mitigations);
		// but its evaluation is recorded, and a lead publishes its summary
		this.mvc
			.perform(postAs(team.member, "/analyses/{id}/evaluation", id).param("evaluation", "Waits fell")
				.param("version", String.valueOf(analysis(id).getVersion())))
			.andExpect(flash().attribute("flash", "analysis.evaluated"));
		this.mvc.perform(postAs(team.member, "/analyses/{id}/publish", id)).andExpect(status().isForbidden());
		this.mvc.perform(postAs(team.lead, "/analyses/{id}/publish", id))
			.andExpect(flash().attribute("flash", "analysis.published"));
		assertThat(analysis(id).getStatus()).isEqualTo(AnalysisStatus.EVALUATED);
		assertThat(analysis(id).getPublishedAt()).isNotNull();

		// every change is in the audit trail
		assertThat(this.jdbc.queryForList(
				"select summary from audit_entry where entity_type = 'ImpactAnalysis' and entity_id = ? order by id",
				String.class, id))
			.containsExactly("Impact analysis started", "Screening started", "Screening recorded", "Analysis written",
					"Submitted for sign-off", "Signed off", "Evaluation recorded", "Public summary published");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where summary = 'Mitigation added to analysis " + id + "'",
				Long.class))
			.isEqualTo(1L);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'ActionStep' and entity_id = ? and summary = 'Step created'",
				Long.class, stepId))
			.isEqualTo(1L);
	}

	@Test
	void aReturnedAnalysisIsEditableAgainAndTheReviewerMustSayWhy() throws Exception {
		Team team = new Team();
		long id = start(team, "Crisis policy");
		screenFull(team, id);
		writeAll(team.member, id);
		addNegativeEffect(team.member, id);
		this.mvc.perform(postAs(team.member, "/analyses/{id}/submit", id)).andExpect(status().is3xxRedirection());
		// while it awaits sign-off its team cannot change it
		this.mvc.perform(get("/analyses/{id}/sections", id).with(as(team.member)))
			.andExpect(flash().attribute("flashError", "analysis.locked.awaiting"));
		String noComment = refused(postAs(team.lead, "/analyses/{id}/decision", id).param("decision", "REVISE")
			.param("comment", " ")
			.param("version", String.valueOf(analysis(id).getVersion())));
		assertThat(noComment).contains("Say what to change when returning the analysis.");
		assertThat(analysis(id).getStatus()).isEqualTo(AnalysisStatus.AWAITING_SIGN_OFF);
		String noMitigation = refused(
				postAs(team.lead, "/analyses/{id}/decision", id).param("decision", "PROCEED_WITH_MITIGATIONS")
					.param("comment", "My typed comment")
					.param("version", String.valueOf(analysis(id).getVersion())));
		assertThat(noMitigation).contains("Add a mitigation before deciding to proceed with mitigations.",
				"My typed comment");
		this.mvc
			.perform(postAs(team.lead, "/analyses/{id}/decision", id).param("decision", "REVISE")
				.param("comment", "Engage the peer network")
				.param("version", String.valueOf(analysis(id).getVersion())))
			.andExpect(flash().attribute("flash", "analysis.returned"));
		assertThat(analysis(id).getStatus()).isEqualTo(AnalysisStatus.RETURNED);
		assertThat(page("/analyses/" + id, team.member)).contains("Engage the peer network", "Returned for revision");
		this.mvc
			.perform(postAs(team.member, "/analyses/{id}/sections", id).param("desiredResults", "Equal waits, revised")
				.param("dataNotes", "No data on understanding")
				.param("engagementGroups", "Families and the peer network")
				.param("engagementHeard", "Heard")
				.param("implementation", "Pilot")
				.param("accountability", "Report")
				.param("version", String.valueOf(analysis(id).getVersion())))
			.andExpect(flash().attribute("flash", "analysis.sections.saved"));
		this.mvc.perform(postAs(team.member, "/analyses/{id}/submit", id)).andExpect(status().is3xxRedirection());
		assertThat(analysis(id).getStatus()).isEqualTo(AnalysisStatus.AWAITING_SIGN_OFF);
		assertThat(analysis(id).getEngagementGroups()).isEqualTo("Families and the peer network");
	}

	@Test
	void aStaleFormIsRefusedWithWhatWasTypedAndAnotherWorkgroupsPersonCannotWrite() throws Exception {
		Team team = new Team();
		long id = start(team, "Budget change");
		screenFull(team, id);
		long shown = analysis(id).getVersion();
		writeAll(team.lead, id);
		MvcResult stale = this.mvc
			.perform(postAs(team.member, "/analyses/{id}/sections", id).param("desiredResults", "My stale words")
				.param("version", String.valueOf(shown)))
			.andExpect(status().isConflict())
			.andReturn();
		assertThat(stale.getResponse().getContentAsString()).contains("Someone else changed this analysis",
				"My stale words");
		assertThat(analysis(id).getDesiredResults()).isEqualTo("Equal waits");
		this.mvc
			.perform(postAs(team.otherLead, "/analyses/{id}/sections", id).param("desiredResults", "Intruder")
				.param("version", String.valueOf(analysis(id).getVersion())))
			.andExpect(status().isForbidden());
		this.mvc.perform(postAs(team.director, "/analyses/{id}/effects", id)).andExpect(status().isForbidden());
		// without the form's CSRF token nothing is written, whoever sends it
		this.mvc
			.perform(post("/analyses/{id}/sections", id).with(as(team.member))
				.param("desiredResults", "Forged")
				.param("version", String.valueOf(analysis(id).getVersion())))
			.andExpect(status().isForbidden());
		assertThat(analysis(id).getDesiredResults()).isEqualTo("Equal waits");
		this.mvc.perform(get("/analyses/new").with(as(team.director))).andExpect(status().isForbidden());
		// a workgroup one does not belong to cannot be chosen, even by posting its id
		String notMine = refused(postAs(team.member, "/analyses").param("planId", team.plan.getId().toString())
			.param("workgroupId", team.otherWorkgroup.getId().toString())
			.param("title", "Typed title")
			.param("subjectKind", "POLICY")
			.param("description", "Typed description"));
		assertThat(notMine).contains("Choose a workgroup you belong to.", "Typed title", "Typed description");
		this.mvc.perform(get("/analyses/{id}", 987_654_321L).with(as(team.member))).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/analyses/{id}/effects/{effectId}/mitigations/new", id, 987_654_321L).with(as(team.member)))
			.andExpect(status().isNotFound());
	}

	@Test
	void requiredFieldsAreNamedInTheErrorSummaryAndTextIsEscapedEverywhere() throws Exception {
		Team team = new Team();
		String empty = refused(postAs(team.member, "/analyses").param("planId", team.plan.getId().toString())
			.param("workgroupId", team.workgroup.getId().toString())
			.param("title", "")
			.param("description", "Kept description"));
		assertThat(empty).contains("There is a problem", "Enter the subject, up to 200 characters.",
				"Choose the kind of subject.", "Kept description");
		String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		long screened = start(team, "Internal tool");
		this.mvc.perform(postAs(team.member, "/analyses/{id}/screening/start", screened))
			.andExpect(status().is3xxRedirection());
		String noReason = refused(postAs(team.member, "/analyses/{id}/screening", screened).param("negative", "NO")
			.param("access", "NO")
			.param("unknown", "NO")
			.param("reason", " ")
			.param("version", String.valueOf(analysis(screened).getVersion())));
		assertThat(noReason).contains("Every answer is no: say why no full analysis is needed.");
		String unanswered = refused(postAs(team.member, "/analyses/{id}/screening", screened).param("negative", "YES")
			.param("version", String.valueOf(analysis(screened).getVersion())));
		assertThat(unanswered).contains("Answer this question.");
		assertThat(analysis(screened).getStatus()).isEqualTo(AnalysisStatus.SCREENING);
		long id = start(team, payload);
		screenFull(team, id);
		// screening again once in analysis is not this stage's work
		this.mvc
			.perform(postAs(team.member, "/analyses/{id}/screening", id).param("negative", "NO")
				.param("access", "NO")
				.param("unknown", "NO")
				.param("reason", "Changed my mind")
				.param("version", String.valueOf(analysis(id).getVersion())))
			.andExpect(status().is(422));
		assertThat(analysis(id).getStatus()).isEqualTo(AnalysisStatus.IN_ANALYSIS);
		this.mvc
			.perform(postAs(team.member, "/analyses/{id}/sections", id).param("desiredResults", payload)
				.param("engagementHeard", payload)
				.param("version", String.valueOf(analysis(id).getVersion())))
			.andExpect(status().is3xxRedirection());
		String badEffect = refused(postAs(team.member, "/analyses/{id}/effects", id).param("evidence", payload));
		assertThat(badEffect).contains("Choose the group affected.", "Choose whether the impact is positive");
		this.mvc
			.perform(postAs(team.member, "/analyses/{id}/effects", id).param("groupId", String.valueOf(group("0-17")))
				.param("impact", "UNKNOWN")
				.param("evidence", payload))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/audit").with(as(this.fixtures.person(SystemRole.ADMIN))))
			.andExpect(status().isOk());
		for (String html : List.of(page("/analyses/" + id, team.director), page("/analyses", team.director))) {
			assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
				.doesNotContain("<script>alert", "<img src=x");
		}
	}

}
