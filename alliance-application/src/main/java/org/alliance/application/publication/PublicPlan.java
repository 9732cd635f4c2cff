package org.alliance.application.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.DisparityMeasures.Trend;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.step.StepStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the public sees of a plan, as it was worked out when it was published. It holds no
 * person's name, no staff narrative, and no figure that suppression hides: only what the
 * public page shows.
 *
 * @param overallPercent the weighted progress of every step of the plan
 * @param stepCount how many steps that counts (published or not)
 */
public record PublicPlan(String name, String description, LocalDate startDate, LocalDate endDate, Instant publishedAt,
		int overallPercent, long stepCount, List<Aim> aims, List<Indicator> indicators, List<Commitment> commitments) {

	/**
	 * An aim with the progress of all its steps, and the steps chosen for the public.
	 *
	 * @param counted how many of its steps count toward its progress
	 * @param completed how many of them are completed
	 */
	public record Aim(int number, String title, int percent, long counted, long completed, List<Step> steps) {
	}

	/**
	 * A published step: its status, progress, the day of its last update, its public
	 * note.
	 */
	public record Step(String title, StepStatus status, int percent, @Nullable LocalDate lastUpdate,
			@Nullable String note) {
	}

	/**
	 * An indicator broken down by one dimension, over its recent periods, with the same
	 * suppression and measures as inside.
	 */
	public record Indicator(String name, String description, IndicatorUnit unit, @Nullable Integer perN,
			Direction direction, @Nullable Double target, Dimension dimension, @Nullable String comparedWith,
			List<String> groups, List<Period> periods) {

		public @Nullable Period latest() {
			return this.periods.isEmpty() ? null : this.periods.get(this.periods.size() - 1);
		}

	}

	/** One period of an indicator: a row per group with figures. */
	public record Period(String code, List<Row> rows) {

		public @Nullable Row rowOf(String group) {
			return this.rows.stream().filter((r) -> r.group().equals(group)).findFirst().orElse(null);
		}

	}

	/**
	 * A group in a period: its value (null when suppressed), its ratio to the group it is
	 * compared with, and whether it fares worse.
	 */
	public record Row(String group, boolean reference, boolean suppressed, @Nullable Double value,
			@Nullable Double ratio, boolean disadvantaged, @Nullable Trend trend) {
	}

	/**
	 * A commitment with targets: pooled compliance by quarter, never one event's make-up.
	 */
	public record Commitment(String statement, List<Target> targets, List<Quarter> quarters, @Nullable Double rate,
			int events, int met) {
	}

	public record Target(String measure, int minimumPercent) {
	}

	public record Quarter(String code, int events, int met, double rate) {
	}

}
