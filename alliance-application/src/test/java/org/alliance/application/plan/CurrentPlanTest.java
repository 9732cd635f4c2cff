package org.alliance.application.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alliance.domain.plan.PlanStatus;
import org.alliance.application.progress.ProgressQueries.Choices;
import org.alliance.application.progress.ProgressQueries.PlanChoice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which plan is meant when none is asked for (a dashboard, a new analysis, the public's
 * feedback): the active plan people work in (most steps), not the newest, which may still
 * be empty.
 */
class CurrentPlanTest {

	static final PlanChoice NEW_EMPTY = new PlanChoice(3L, "Next plan", PlanStatus.ACTIVE, LocalDate.of(2027, 1, 1));

	static final PlanChoice CURRENT = new PlanChoice(2L, "Current plan", PlanStatus.ACTIVE, LocalDate.of(2026, 1, 1));

	static final PlanChoice DRAFT = new PlanChoice(4L, "Big draft", PlanStatus.DRAFT, LocalDate.of(2026, 6, 1));

	@Test
	void theActivePlanWithTheMostStepsWinsOverANewerEmptyOne() {
		Choices choices = new Choices(List.of(NEW_EMPTY, DRAFT, CURRENT), List.of(),
				Map.of(3L, 0L, 2L, 120L, 4L, 500L));
		assertThat(CurrentPlan.choose(choices, null)).contains(CURRENT);
	}

	@Test
	void withoutAnActivePlanTheOneWithTheMostStepsAndBetweenEqualsTheNewest() {
		PlanChoice older = new PlanChoice(1L, "Older draft", PlanStatus.DRAFT, LocalDate.of(2025, 1, 1));
		Choices choices = new Choices(List.of(DRAFT, older), List.of(), Map.of(4L, 10L, 1L, 10L));
		assertThat(CurrentPlan.choose(choices, null)).contains(DRAFT);
		assertThat(CurrentPlan.choose(new Choices(List.of(), List.of(), Map.of()), null)).isEmpty();
	}

	@Test
	void theAskedForPlanIsAlwaysShown() {
		Choices choices = new Choices(List.of(NEW_EMPTY, CURRENT), List.of(), Map.of(3L, 0L, 2L, 120L));
		assertThat(CurrentPlan.choose(choices, 3L)).contains(NEW_EMPTY);
	}

}
