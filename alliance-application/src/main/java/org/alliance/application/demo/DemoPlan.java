package org.alliance.application.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The shape of {@code demo/demo-plan.json}: the demo organisation's people, workgroups,
 * plan, aims, steps with their progress history, and commitments. Dates are offsets in
 * days from the day the data is loaded, so the demo always looks current.
 */
record DemoPlan(String password, List<DemoPerson> people, List<DemoWorkgroup> workgroups, DemoPlanHeader plan,
		List<DemoAim> aims, List<DemoCommitment> commitments, List<DemoIndicator> indicators,
		@Nullable DemoPublication publication, @Nullable List<DemoAnalysis> analyses,
		@Nullable List<DemoFeedbackItem> feedback) {

	/**
	 * A fictional piece of feedback taken as far as {@code status}: about the plan, an
	 * aim (by number) or a service area (by name); groups as "DIMENSION:label"; steps by
	 * key; people by key.
	 */
	record DemoFeedbackItem(int daysAgo, String topic, String about, String message, String contact,
			List<String> groups, boolean consent, String status, String workgroup, String outcome, String response,
			List<String> steps, String youSaid, String weDid, String summaryBy, String approvedBy,
			Integer complaintDaysAgo, boolean safeguarding) {
	}

	/**
	 * A racial equity impact analysis taken as far as its team got: screened (three
	 * answers, YES / NO / UNKNOWN), written, its impacts on groups (mitigated by steps,
	 * by key), submitted when {@code submitted}, decided when it has a reviewer.
	 */
	record DemoAnalysis(String title, String kind, String description, String workgroup, String owner, int reviewDays,
			int startedDaysAgo, List<String> screening, String screenOutReason, String desiredResults,
			List<String> indicators, String dataNotes, String engagementGroups, String engagementMethods,
			String engagementHeard, String implementation, String accountability, String publicSummary,
			List<DemoEffect> effects, boolean submitted, String reviewer, String decision, String comment) {
	}

	record DemoEffect(String dimension, String group, String impact, String evidence, List<String> mitigations) {
	}

	/**
	 * What of the plan is published: aims by number, steps by key (with notes for the
	 * public), indicators by name, commitments by position.
	 */
	record DemoPublication(String slug, List<Integer> aims, List<String> steps, Map<String, String> notes,
			List<String> indicators, List<Integer> commitments) {
	}

	/**
	 * @param digest how often the person gets a digest ({@code DAILY}, ...); the default
	 * when absent
	 */
	record DemoPerson(String key, String email, String name, String role, String loginLabel, String digest) {
	}

	record DemoWorkgroup(String key, String name, String charge, List<String> leads, List<String> members) {
	}

	record DemoPlanHeader(String name, String description, int startDays, int endDays, String status) {
	}

	record DemoAim(int number, String title, String description, List<DemoStep> steps) {
	}

	/**
	 * A step; with a checklist, its progress comes from the ticks (each one an update)
	 * rather than from {@code updates}.
	 */
	record DemoStep(String key, String title, String description, String workgroup, String assignee, Integer startDays,
			Integer dueDays, Integer weight, List<DemoUpdate> updates, List<DemoComment> comments,
			@Nullable List<DemoTick> checklist) {
	}

	/** A checklist item, ticked {@code daysAgo} by a person with a note, or not yet. */
	record DemoTick(String text, @Nullable Integer daysAgo, @Nullable String by, @Nullable String note) {
	}

	record DemoComment(int daysAgo, String author, String text) {
	}

	record DemoUpdate(int daysAgo, String author, String status, int percent, String narrative) {
	}

	record DemoCommitment(String statement, String madeBy, String owner, int reviewDays, String status,
			List<String> steps, List<DemoTarget> targets, List<DemoEvent> events) {
	}

	record DemoTarget(String measure, int minimumPercent) {
	}

	record DemoEvent(int daysAgo, String name, String kind, int total, List<Integer> counts) {
	}

	/**
	 * An indicator with its figures: each series holds one group's values for the last
	 * complete periods, oldest first.
	 */
	record DemoIndicator(String name, String description, String kind, String unit, Integer perN, String direction,
			String periodType, BigDecimal target, String workgroup, Map<String, String> references, List<String> steps,
			List<DemoSeries> series) {
	}

	record DemoSeries(String dimension, String group, List<Long> numerators, List<Long> denominators,
			List<BigDecimal> means, List<Long> counts) {
	}

}
