package org.alliance.web.commitment;

import org.alliance.domain.commitment.Commitment;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators correct a commitment's wording, who made it and whose account keeps its
 * record: audited, checked like a new one, refused on a stale form.
 */
class CommitmentCorrectionTest extends WebTestSupport {

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	JdbcTemplate jdbc;

	Person admin;

	Person director;

	Commitment commitment;

	@BeforeEach
	void pledge() {
		this.admin = this.fixtures.person(SystemRole.ADMIN);
		this.director = this.fixtures.person(SystemRole.LEADERSHIP);
		this.commitment = this.commitments
			.save(new Commitment(Fixtures.unique("Speak only on panls with half women"), "A director", null, null));
	}

	private MockHttpServletRequestBuilder correct(String statement, String madeBy, String ownerId, long version) {
		return post("/commitments/{id}", this.commitment.getId()).param("statement", statement)
			.param("madeBy", madeBy)
			.param("ownerId", ownerId)
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private Commitment reloaded() {
		return this.commitments.findById(this.commitment.getId()).orElseThrow();
	}

	@Test
	void anAdministratorCorrectsTheWordingAndTheOwnerAndItIsAudited() throws Exception {
		String form = page("/commitments/" + this.commitment.getId() + "/edit", this.admin);
		assertThat(form).contains("Correct a commitment").contains("panls").doesNotContain("id=\"reviewDate\"");
		this.mvc
			.perform(correct("Speak only on panels with half women", "The medical director",
					this.director.getId().toString(), 0)
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		Commitment corrected = reloaded();
		assertThat(corrected.getStatement()).isEqualTo("Speak only on panels with half women");
		assertThat(corrected.getMadeBy()).isEqualTo("The medical director");
		assertThat(corrected.getOwnerId()).isEqualTo(this.director.getId());
		assertThat(this.jdbc.queryForObject("select summary from audit_entry where entity_type = 'Commitment'"
				+ " and entity_id = ? order by id desc limit 1", String.class, this.commitment.getId()))
			.isEqualTo("Commitment revised");
		// the new owner now keeps its record
		assertThat(page("/commitments/" + this.commitment.getId(), this.director)).contains("Record a review");
	}

	@Test
	void badInputIsRefusedNextToTheFieldAndKept() throws Exception {
		this.mvc.perform(correct("  ", "Someone <b>else</b>", "", 0).with(as(this.admin)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("id=\"statement-error\"")))
			.andExpect(content().string(containsString("Someone &lt;b&gt;else&lt;/b&gt;")));
		this.mvc.perform(correct("A pledge", "Someone", "999999999", 0).with(as(this.admin)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Choose a person from the list.")));
		assertThat(reloaded().getStatement()).startsWith("Speak only on panls");
	}

	@Test
	void aCorrectionFromAStaleFormIsNotSaved() throws Exception {
		this.mvc.perform(correct("First correction", "A director", "", 0).with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(correct("Second correction", "A director", "", 0).with(as(this.admin)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The latest version reads")))
			.andExpect(content().string(containsString("First correction")))
			.andExpect(content().string(containsString("Second correction")));
		assertThat(reloaded().getStatement()).isEqualTo("First correction");
	}

	@Test
	void onlyAdministratorsCorrect() throws Exception {
		this.mvc.perform(correct("Changed", "Someone", "", 0).with(as(this.director)))
			.andExpect(status().isForbidden());
		this.mvc.perform(correct("Changed", "Someone", "", 0).with(as(this.fixtures.staff())))
			.andExpect(status().isForbidden());
		assertThat(page("/commitments/" + this.commitment.getId(), this.director)).doesNotContain("/edit\"");
		assertThat(reloaded().getStatement()).startsWith("Speak only on panls");
	}

}
