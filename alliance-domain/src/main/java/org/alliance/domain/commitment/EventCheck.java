package org.alliance.domain.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one recorded event (a panel, a board, a conference) against a commitment's share
 * targets: met or not met, target by target, and for the event as a whole.
 */
public final class EventCheck {

	private EventCheck() {
	}

	/** The outcome for one target: the share found and whether it reaches the minimum. */
	public record TargetResult(ShareTarget target, long counted, long total, double percent, boolean met) {
	}

	/**
	 * The outcome for the event: every target's result; met only when every target is
	 * met.
	 */
	public record Result(List<TargetResult> targets, boolean met) {
	}

	/**
	 * @param total how many people the event had (e.g. panel members)
	 * @param counts how many of them each target's measure counted, by measure
	 */
	public static Result check(List<ShareTarget> targets, long total, Map<String, Long> counts) {
		if (total <= 0) {
			throw new IllegalArgumentException("an event has at least one person");
		}
		List<TargetResult> results = new ArrayList<>();
		for (ShareTarget target : targets) {
			long counted = counts.getOrDefault(target.measure(), 0L);
			if (counted < 0 || counted > total) {
				throw new IllegalArgumentException("a count lies between 0 and the total");
			}
			double percent = counted * 100.0 / total;
			// exact comparison in whole numbers: 1 of 5 is exactly 20%
			boolean met = counted * 100 >= (long) target.minimumPercent() * total;
			results.add(new TargetResult(target, counted, total, percent, met));
		}
		return new Result(results, results.stream().allMatch(TargetResult::met));
	}

	/**
	 * The share of events that met every target, in percent; {@code null} when there were
	 * none.
	 */
	public static Double complianceRate(List<Result> events) {
		if (events.isEmpty()) {
			return null;
		}
		return events.stream().filter(Result::met).count() * 100.0 / events.size();
	}

}
