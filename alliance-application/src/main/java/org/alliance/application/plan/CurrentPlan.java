package org.alliance.application.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.progress.ProgressQueries.Choices;
import org.alliance.application.progress.ProgressQueries.PlanChoice;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The one answer to "which plan?" when nobody says: the plan people work in. Dashboards
 * open on it, a new impact analysis is about it, and the public's feedback (which needs
 * an active plan) is about it.
 */
@Component
public class CurrentPlan {

	private final ProgressQueries queries;

	CurrentPlan(ProgressQueries queries) {
		this.queries = queries;
	}

	/** The plan people work in, if there is any plan (one statement). */
	public Optional<Long> id() {
		return choose(this.queries.choices(), null).map(PlanChoice::id);
	}

	/** The active plan people work in; none when no plan is active. */
	public Optional<Long> activeId() {
		return choose(this.queries.choices(), null).filter((p) -> p.status() == PlanStatus.ACTIVE).map(PlanChoice::id);
	}

	/**
	 * The requested plan, else the plan people work in: the active one with the most
	 * steps (a new, empty plan does not take its place), else the one with the most
	 * steps; between equals, the newest.
	 */
	public static Optional<PlanChoice> choose(Choices choices, @Nullable Long plan) {
		List<PlanChoice> all = choices.plans();
		if (plan != null) {
			return Optional.of(all.stream()
				.filter((p) -> p.id().equals(plan))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Plan", plan)));
		}
		Comparator<PlanChoice> mostSteps = Comparator
			.comparingLong((PlanChoice p) -> choices.stepsByPlan().getOrDefault(p.id(), 0L))
			.reversed();
		return all.stream()
			.filter((p) -> p.status() == PlanStatus.ACTIVE)
			.sorted(mostSteps)
			.findFirst()
			.or(() -> all.stream().sorted(mostSteps).findFirst());
	}

}
