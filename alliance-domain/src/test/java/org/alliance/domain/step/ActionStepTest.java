package org.alliance.domain.step;

import java.time.Instant;
import java.time.LocalDate;

import org.alliance.domain.shared.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionStepTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static StepBuilder aStep() {
		return new StepBuilder();
	}

	static final class StepBuilder {

		private LocalDate start = LocalDate.of(2026, 1, 1);

		private LocalDate due = LocalDate.of(2026, 6, 30);

		private int weight = 1;

		StepBuilder dueOn(LocalDate due) {
			this.due = due;
			return this;
		}

		StepBuilder weighing(int weight) {
			this.weight = weight;
			return this;
		}

		ActionStep build() {
			return new ActionStep(new StepDetails(1L, 2L, 3L, "Run training", "", this.start, this.due, this.weight));
		}

	}

	@Test
	void recordingProgressAppendsToHistoryAndMovesTheStep() {
		ActionStep step = aStep().build();
		step.recordProgress(7L, StepStatus.IN_PROGRESS, 30, "Started", NOW);
		step.recordProgress(8L, StepStatus.IN_PROGRESS, 45, null, NOW.plusSeconds(60));

		assertThat(step.getStatus()).isEqualTo(StepStatus.IN_PROGRESS);
		assertThat(step.getPercent()).isEqualTo(45);
		assertThat(step.getLastUpdateAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(step.getUpdates()).hasSize(2);
		ProgressUpdate newest = step.getUpdates().get(0);
		assertThat(newest.getAuthorId()).isEqualTo(8L);
		assertThat(newest.getFromPercent()).isEqualTo(30);
		assertThat(newest.getToPercent()).isEqualTo(45);
		assertThat(step.getUpdates().get(1).getFromStatus()).isEqualTo(StepStatus.NOT_STARTED);
	}

	@Test
	void atRiskAndBlockedUpdatesNeedANarrative() {
		ActionStep step = aStep().build();
		assertThatThrownBy(() -> step.recordProgress(7L, StepStatus.AT_RISK, 10, "  ", NOW))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("step.narrative.required");
		assertThatThrownBy(() -> step.recordProgress(7L, StepStatus.BLOCKED, 10, null, NOW))
			.isInstanceOf(DomainRuleException.class);
		assertThat(step.getUpdates()).isEmpty();
		assertThat(step.getStatus()).isEqualTo(StepStatus.NOT_STARTED);

		step.recordProgress(7L, StepStatus.BLOCKED, 10, "Waiting for data access", NOW);
		assertThat(step.getStatus()).isEqualTo(StepStatus.BLOCKED);
	}

	@Test
	void aStepIsWithdrawnOnlyWithAReasonAndKeepsItsHistory() {
		ActionStep step = aStep().build();
		step.recordProgress(7L, StepStatus.IN_PROGRESS, 30, null, NOW);
		assertThatThrownBy(() -> step.recordProgress(7L, StepStatus.NOT_APPLICABLE, 30, "", NOW))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("step.narrative.required");
		step.recordProgress(7L, StepStatus.NOT_APPLICABLE, 30, "Covered by the county's own plan", NOW);
		assertThat(step.getStatus()).isEqualTo(StepStatus.NOT_APPLICABLE);
		assertThat(step.getUpdates()).hasSize(2);
		assertThat(step.getUpdates()).extracting(ProgressUpdate::getNarrative)
			.containsExactlyInAnyOrder(null, "Covered by the county's own plan");
	}

	@Test
	void completedMeansOneHundredPercent() {
		ActionStep step = aStep().build();
		assertThatThrownBy(() -> step.recordProgress(7L, StepStatus.COMPLETED, 90, null, NOW))
			.isInstanceOfSatisfying(DomainRuleException.class, (e) -> assertThat(e.field()).isEqualTo("percent"));
		step.recordProgress(7L, StepStatus.COMPLETED, 100, null, NOW);
		assertThat(step.getPercent()).isEqualTo(100);
	}

	@Test
	void percentMustStayBetweenZeroAndHundred() {
		ActionStep step = aStep().build();
		assertThatThrownBy(() -> step.recordProgress(7L, StepStatus.IN_PROGRESS, 101, null, NOW))
			.hasMessage("step.percent.range");
		assertThatThrownBy(() -> step.recordProgress(7L, StepStatus.IN_PROGRESS, -1, null, NOW))
			.hasMessage("step.percent.range");
	}

	@Test
	void overdueOnlyWhenPastDueAndStillOpen() {
		ActionStep step = aStep().dueOn(LocalDate.of(2026, 2, 1)).build();
		assertThat(step.isOverdue(LocalDate.of(2026, 2, 1))).isFalse();
		assertThat(step.isOverdue(LocalDate.of(2026, 2, 2))).isTrue();
		step.recordProgress(7L, StepStatus.COMPLETED, 100, null, NOW);
		assertThat(step.isOverdue(LocalDate.of(2026, 2, 2))).isFalse();
	}

	@Test
	void dueDateCannotPrecedeStart() {
		assertThatThrownBy(
				() -> new StepDetails(1L, 2L, null, "x", "", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), 1))
			.hasMessage("step.dueDate.beforeStart");
	}

}
