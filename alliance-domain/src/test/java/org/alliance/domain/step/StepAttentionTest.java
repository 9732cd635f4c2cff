package org.alliance.domain.step;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepAttentionTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Test
	void anOpenStepPastItsDueDateIsOverdueAndOneDueWithinFourteenDaysIsDueSoon() {
		assertThat(StepAttention.isOverdue(StepStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY)).isTrue();
		assertThat(StepAttention.isOverdue(StepStatus.IN_PROGRESS, TODAY, TODAY)).isFalse();
		assertThat(StepAttention.isOverdue(StepStatus.COMPLETED, TODAY.minusDays(1), TODAY)).isFalse();
		assertThat(StepAttention.isDueSoon(StepStatus.NOT_STARTED, TODAY, TODAY)).isTrue();
		assertThat(StepAttention.isDueSoon(StepStatus.NOT_STARTED, TODAY.plusDays(14), TODAY)).isTrue();
		assertThat(StepAttention.isDueSoon(StepStatus.NOT_STARTED, TODAY.plusDays(15), TODAY)).isFalse();
		assertThat(StepAttention.isDueSoon(StepStatus.NOT_APPLICABLE, TODAY, TODAY)).isFalse();
	}

	@Test
	void anOpenStepIsStaleThirtyDaysAfterItsLastUpdateOrItsStart() {
		assertThat(StepAttention.isStale(StepStatus.AT_RISK, TODAY.minusDays(31), null, TODAY)).isTrue();
		assertThat(StepAttention.isStale(StepStatus.AT_RISK, TODAY.minusDays(30), null, TODAY)).isFalse();
		assertThat(StepAttention.isStale(StepStatus.NOT_STARTED, null, TODAY.minusDays(30), TODAY)).isTrue();
		assertThat(StepAttention.isStale(StepStatus.NOT_STARTED, null, TODAY.minusDays(29), TODAY)).isFalse();
		assertThat(StepAttention.isStale(StepStatus.NOT_STARTED, null, null, TODAY)).isFalse();
		assertThat(StepAttention.isStale(StepStatus.COMPLETED, TODAY.minusDays(90), null, TODAY)).isFalse();
		assertThat(StepAttention.CLOSED).containsExactlyInAnyOrder(StepStatus.COMPLETED, StepStatus.NOT_APPLICABLE);
	}

}
