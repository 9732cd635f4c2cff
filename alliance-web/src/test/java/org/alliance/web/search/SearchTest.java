package org.alliance.web.search;

import java.time.LocalDate;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.search.SearchQueries;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search finds by word beginnings and English and Spanish word forms, accents optional;
 * people only for administrators; results escaped; one kind page by page.
 */
class SearchTest extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	Person member;

	Workgroup workgroup;

	Aim aim;

	String tag;

	@BeforeEach
	void world() {
		this.member = this.fixtures.staff();
		this.workgroup = this.fixtures.workgroup(this.fixtures.staff(), this.member);
		Plan plan = this.fixtures.plan();
		this.aim = this.fixtures.aim(plan, 1);
		// a word no other test's data holds, so counts are this test's own
		this.tag = "zq" + Fixtures.unique("").replaceAll("[^a-z0-9]", "").toLowerCase();
	}

	private ActionStep step(String title) {
		ActionStep step = this.fixtures.step(this.aim, this.workgroup, this.member, LocalDate.now().plusDays(5));
		this.jdbc.update("update action_step set title = ? where id = ?", title, step.getId());
		return step;
	}

	@Test
	void spanishAccentsAreOptionalAndWordBeginningsAndWordFormsMatch() throws Exception {
		ActionStep spanish = step("Evaluación de intérpretes " + this.tag);
		ActionStep english = step("Training for reception staff " + this.tag);
		String byAccentless = page("/search?q=evaluacion+" + this.tag, this.member);
		assertThat(byAccentless).contains("/action-steps/" + spanish.getId())
			.doesNotContain("/action-steps/" + english.getId());
		assertThat(page("/search?q=INTERPR+" + this.tag, this.member)).as("a word beginning")
			.contains("/action-steps/" + spanish.getId());
		assertThat(page("/search?q=evaluaciones+" + this.tag, this.member)).as("a Spanish word form")
			.contains("/action-steps/" + spanish.getId());
		assertThat(page("/search?q=trainings+" + this.tag, this.member)).as("an English word form")
			.contains("/action-steps/" + english.getId());
		assertThat(page("/search?q=int%C3%A9rpretes+nothinglikethis+" + this.tag, this.member))
			.as("every word must match")
			.doesNotContain("/action-steps/" + spanish.getId())
			.contains("Nothing found");
	}

	@Test
	void onlyAdministratorsFindPeople() throws Exception {
		Person findable = this.fixtures.staff();
		this.jdbc.update("update person set display_name = ? where id = ?", "Rosalind " + this.tag, findable.getId());
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		assertThat(page("/search?q=" + this.tag, admin)).contains("/admin/people/" + findable.getId());
		assertThat(page("/search?q=" + this.tag, this.member)).doesNotContain("/admin/people/")
			.doesNotContain("Rosalind");
		assertThat(page("/search?q=" + this.tag + "&kind=PERSON", this.member)).doesNotContain("Rosalind");
		assertThat(page("/search?q=" + this.tag, this.fixtures.person(SystemRole.LEADERSHIP)))
			.doesNotContain("Rosalind");
	}

	@Test
	void resultsAreEscapedAndOneKindIsPaged() throws Exception {
		step("<script>alert(1)</script> " + this.tag);
		for (int i = 0; i < 27; i++) {
			step("Outreach " + i + " " + this.tag);
		}
		String grouped = page("/search?q=" + this.tag, this.member);
		assertThat(grouped).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;")
			.contains("Action steps (28)")
			.contains("kind=STEP");
		String second = page("/search?q=" + this.tag + "&kind=STEP&page=1", this.member);
		assertThat(second.split("/action-steps/", -1)).hasSize(4);
		assertThat(second).contains("Page 2 of 2");
		assertThat(SearchQueries.words("  a-b  \"C\" ; drop table ")).containsExactly("a", "b", "c", "drop", "table");
		assertThat(page("/search?q=%27%3B+--+%5C%3A*%21%28", this.member)).doesNotContain("Exception");
	}

}
