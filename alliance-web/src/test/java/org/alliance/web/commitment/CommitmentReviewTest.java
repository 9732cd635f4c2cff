package org.alliance.web.commitment;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentStatus;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * Reviewing a commitment: its owner or an administrator records how it stands (active,
 * kept, not kept, withdrawn) and when an active one is looked at again; audited, guarded
 * against a stale form, and reflected on the dashboard.
 */
class CommitmentReviewTest extends WebTestSupport {

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	JdbcTemplate jdbc;

	Person director;

	Commitment commitment;

	@BeforeEach
	void pledge() {
		this.director = this.fixtures.person(SystemRole.LEADERSHIP);
		this.commitment = this.commitments.save(new Commitment(Fixtures.unique("Mentor two new leaders a year"),
				"A director", this.director.getId(), LocalDate.now().minusDays(1)));
	}

	private MockHttpServletRequestBuilder review(String status, String nextReview, long version) {
		return post("/commitments/{id}/review", this.commitment.getId()).param("status", status)
			.param("nextReview", nextReview)
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private Commitment reloaded() {
		return this.commitments.findById(this.commitment.getId()).orElseThrow();
	}

	@Test
	void theOwnerRecordsThatThePledgeWasKeptAndTheDashboardCountsIt() throws Exception {
		this.fixtures.plan();
		int[] before = keptAndActive(page("/dashboard", this.director));
		String html = page("/commitments/" + this.commitment.getId(), this.director);
		assertThat(html).contains("action=\"/commitments/" + this.commitment.getId() + "/review\"")
			.contains("Due for review");

		this.mvc.perform(review("KEPT", "", 0).with(as(this.director))).andExpect(status().is3xxRedirection());

		Commitment kept = reloaded();
		assertThat(kept.getStatus()).isEqualTo(CommitmentStatus.KEPT);
		assertThat(kept.getReviewDate()).as("nothing left to review").isNull();
		assertThat(page("/commitments/" + this.commitment.getId(), this.director)).contains(">Kept<")
			.doesNotContain("Due for review");
		assertThat(this.jdbc
			.queryForObject("select summary || ' by ' || actor_name from audit_entry where entity_type = 'Commitment'"
					+ " and entity_id = ? order by id desc limit 1", String.class, this.commitment.getId()))
			.startsWith("Commitment reviewed by " + this.director.getDisplayName());
		int[] after = keptAndActive(page("/dashboard", this.director));
		assertThat(after[0]).isEqualTo(before[0] + 1);
		assertThat(after[1]).isEqualTo(before[1] - 1);
	}

	@Test
	void anAdministratorKeepsItActiveUntilTheNextReview() throws Exception {
		LocalDate next = LocalDate.now().plusMonths(3);
		this.mvc.perform(review("ACTIVE", next.toString(), 0).with(as(this.fixtures.person(SystemRole.ADMIN))))
			.andExpect(status().is3xxRedirection());
		assertThat(reloaded().getReviewDate()).isEqualTo(next);
		assertThat(reloaded().isDueForReview(LocalDate.now())).isFalse();
	}

	@Test
	void aNextReviewInThePastOrNotADateIsRefusedNextToTheFieldAndKept() throws Exception {
		String past = LocalDate.now().minusDays(10).toString();
		this.mvc.perform(review("ACTIVE", past, 0).with(as(this.director)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("id=\"nextReview-error\"")))
			.andExpect(content().string(containsString("The next review cannot be in the past.")))
			.andExpect(content().string(containsString("value=\"" + past + "\"")));
		this.mvc.perform(review("ACTIVE", "next spring", 0).with(as(this.director)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Enter a date such as 2026-12-31.")))
			.andExpect(content().string(containsString("value=\"next spring\"")));
		this.mvc.perform(review("FORGOTTEN", "", 0).with(as(this.director)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Choose how the commitment stands.")));
		assertThat(reloaded().getStatus()).isEqualTo(CommitmentStatus.ACTIVE);
		assertThat(reloaded().getReviewDate()).isEqualTo(LocalDate.now().minusDays(1));
	}

	@Test
	void aReviewFromAFormShownBeforeSomeoneElsesReviewIsNotSaved() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		this.mvc.perform(review("WITHDRAWN", "", 0).with(as(admin))).andExpect(status().is3xxRedirection());
		this.mvc.perform(review("KEPT", "", 0).with(as(this.director)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else reviewed this commitment")))
			.andExpect(content().string(containsString("The commitment is now: Withdrawn.")));
		assertThat(reloaded().getStatus()).isEqualTo(CommitmentStatus.WITHDRAWN);
	}

	@Test
	void onlyTheOwnerAndAdministratorsReview() throws Exception {
		Person otherDirector = this.fixtures.person(SystemRole.LEADERSHIP);
		this.mvc.perform(review("KEPT", "", 0).with(as(otherDirector))).andExpect(status().isForbidden());
		this.mvc.perform(review("KEPT", "", 0).with(as(this.fixtures.staff()))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/commitments/{id}/review", this.commitment.getId()).param("status", "KEPT")
				.param("version", "0")
				.with(as(this.director)))
			.andExpect(status().isForbidden());
		assertThat(page("/commitments/" + this.commitment.getId(), otherDirector)).doesNotContain("/review\"");
		assertThat(reloaded().getStatus()).isEqualTo(CommitmentStatus.ACTIVE);
	}

	/** The dashboard's "n kept, m active" commitments line. */
	private static int[] keptAndActive(String dashboard) {
		Matcher line = Pattern.compile("(\\d+) kept, (\\d+) active").matcher(dashboard);
		assertThat(line.find()).as("the dashboard's commitments line").isTrue();
		return new int[] { Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2)) };
	}

}
