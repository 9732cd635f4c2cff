package org.alliance.domain.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan template as its file describes it. Every item has a key, unique in the template,
 * by which a selection names it. Steps start a number of days after the plan starts and
 * last a number of days; a step with a checklist is a checklist step.
 */
public record PlanTemplate(String key, int version, Text name, Text description, List<Workgroup> workgroups,
		List<Aim> aims, List<Indicator> indicators, List<Commitment> commitments) {

	/**
	 * A workgroup that owns steps; a plan maps it to an existing workgroup or a new one.
	 */
	public record Workgroup(String key, Text name, Text charge) {
	}

	public record Aim(String key, Text title, Text description, List<Step> steps) {
	}

	public record Step(String key, Text title, Text description, String workgroup, int startAfterDays, int durationDays,
			int weight, List<ChecklistEntry> checklist) {

		public boolean isChecklist() {
			return !this.checklist.isEmpty();
		}

	}

	public record ChecklistEntry(String key, Text text) {
	}

	/** An indicator's definition: no values. */
	public record Indicator(String key, Text name, Text description, String kind, String unit, @Nullable Integer perN,
			String direction, String periodType, @Nullable BigDecimal target, List<Breakdown> breakdowns) {
	}

	/** A dimension an indicator is broken down by and its reference group's label. */
	public record Breakdown(String dimension, String reference) {
	}

	public record Commitment(String key, Text statement, Text madeBy, List<Target> targets) {
	}

	public record Target(Text measure, int minimumPercent) {
	}

	/** Every item's key with its wording, in the order of the file. */
	public List<String> keys() {
		List<String> keys = new ArrayList<>();
		this.workgroups.forEach((w) -> keys.add(w.key()));
		for (Aim aim : this.aims) {
			keys.add(aim.key());
			for (Step step : aim.steps()) {
				keys.add(step.key());
				step.checklist().forEach((c) -> keys.add(c.key()));
			}
		}
		this.indicators.forEach((i) -> keys.add(i.key()));
		this.commitments.forEach((c) -> keys.add(c.key()));
		return keys;
	}

	/** The name of one of the template's workgroups in a language ("" if unknown). */
	public String workgroupName(String key, String language) {
		return this.workgroups.stream()
			.filter((w) -> w.key().equals(key))
			.map((w) -> w.name().in(language))
			.findFirst()
			.orElse("");
	}

	/** How many steps the template holds, checklists included. */
	public int stepCount() {
		return this.aims.stream().mapToInt((a) -> a.steps().size()).sum();
	}

	/** The number of days from the plan's start to the end of the last step. */
	public int lengthInDays() {
		return this.aims.stream()
			.flatMap((a) -> a.steps().stream())
			.mapToInt((s) -> s.startAfterDays() + s.durationDays())
			.max()
			.orElse(0);
	}

}
