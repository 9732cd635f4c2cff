package org.alliance.domain.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanTest {

	@Test
	void periodMustEndAfterItStarts() {
		assertThatThrownBy(() -> new Plan("Plan", "", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)))
			.hasMessage("plan.period.invalid");
	}

	@Test
	void aClosedPlanStaysClosed() {
		Plan plan = new Plan("Plan", "", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
		plan.changeStatus(PlanStatus.ACTIVE);
		plan.changeStatus(PlanStatus.CLOSED);
		assertThatThrownBy(() -> plan.changeStatus(PlanStatus.ACTIVE)).hasMessage("plan.status.closed");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.CLOSED);
	}

}
