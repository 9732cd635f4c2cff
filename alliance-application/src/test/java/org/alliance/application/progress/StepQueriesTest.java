package org.alliance.application.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.StepDetails;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.testsupport.PostgresTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class StepQueriesTest extends PostgresTestSupport {

	@Autowired
	EntityManager em;

	@Autowired
	StepQueries queries;

	@Autowired
	ActionStepRepository steps;

	@Autowired
	JdbcTemplate jdbc;

	Person member;

	Person outsider;

	Workgroup workgroup;

	Aim aim;

	@BeforeEach
	void setUp() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.member = persist(
				new Person("m-" + tag + "@example.org", "Member " + tag, "x", SystemRole.STAFF, Instant.now()));
		this.outsider = persist(
				new Person("o-" + tag + "@example.org", "Outsider " + tag, "x", SystemRole.STAFF, Instant.now()));
		Person lead = persist(
				new Person("l-" + tag + "@example.org", "Lead " + tag, "x", SystemRole.STAFF, Instant.now()));
		this.workgroup = new Workgroup("Workgroup " + tag, "Charge", lead.getId());
		this.workgroup.addMember(this.member.getId());
		persist(this.workgroup);
		Plan plan = persist(new Plan("Plan " + tag, "", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)));
		this.aim = persist(new Aim(plan.getId(), 1, "Aim", ""));
	}

	private <T> T persist(T entity) {
		this.em.persist(entity);
		return entity;
	}

	private ActionStep step(String title, Long assigneeId, LocalDate due) {
		return persist(new ActionStep(
				new StepDetails(this.aim.getId(), this.workgroup.getId(), assigneeId, title, "", null, due, 1)));
	}

	@Test
	void myOpenStepsAreMyWorkgroupsStepsSoonestDueFirstWithoutClosedOnes() {
		ActionStep later = step("Later", null, LocalDate.of(2026, 9, 1));
		ActionStep overdue = step("Overdue", this.member.getId(), LocalDate.of(2026, 1, 15));
		ActionStep done = step("Done", this.member.getId(), LocalDate.of(2026, 1, 1));
		done.recordProgress(this.member.getId(), StepStatus.COMPLETED, 100, null, Instant.now());
		this.em.flush();

		List<StepRow> rows = this.queries.openRowsFor(this.member.getId(), PageRequest.of(0, 50));

		assertThat(rows).extracting(StepRow::id).containsExactly(overdue.getId(), later.getId());
		assertThat(rows.get(0).workgroupName()).isEqualTo(this.workgroup.getName());
		assertThat(rows.get(0).assigneeName()).isEqualTo(this.member.getDisplayName());
		assertThat(this.queries.openRowsFor(this.outsider.getId(), PageRequest.of(0, 50))).isEmpty();
	}

	@Test
	void historyIsNewestFirstWithAuthorNames() {
		ActionStep step = step("Step", null, null);
		step.recordProgress(this.member.getId(), StepStatus.IN_PROGRESS, 20, "first",
				Instant.parse("2026-02-01T10:00:00Z"));
		step.recordProgress(this.member.getId(), StepStatus.AT_RISK, 25, "second",
				Instant.parse("2026-03-01T10:00:00Z"));
		this.em.flush();
		this.em.clear();

		List<UpdateRow> history = this.queries.historyOf(step.getId());

		assertThat(history).extracting(UpdateRow::narrative).containsExactly("second", "first");
		assertThat(history.get(0).authorName()).isEqualTo(this.member.getDisplayName());
		assertThat(history.get(0).fromPercent()).isEqualTo(20);
	}

	@Test
	void theDatabaseRefusesToRewriteHistory() {
		ActionStep step = step("Step", null, null);
		step.recordProgress(this.member.getId(), StepStatus.IN_PROGRESS, 20, "first", Instant.now());
		this.em.flush();
		assertThatThrownBy(() -> this.jdbc.update("update progress_update set narrative = 'changed' where step_id = ?",
				step.getId()))
			.hasMessageContaining("append-only");
	}

	@Test
	void workgroupOfAStepIsFoundWithoutLoadingIt() {
		ActionStep step = step("Step", null, null);
		this.em.flush();
		assertThat(this.steps.findWorkgroupIdOf(step.getId())).contains(this.workgroup.getId());
		assertThat(this.steps.findWorkgroupIdOf(-1L)).isEmpty();
	}

}
