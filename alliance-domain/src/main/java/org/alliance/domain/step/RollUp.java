package org.alliance.domain.step;

import java.util.Collection;

/**
 * The transparent progress figure of a set of steps (an aim, a workgroup, a plan): the
 * weighted mean of their percent complete. Not-applicable steps are left out; a step with
 * no update yet counts as 0% and is reported as such, so the reader sees how the number
 * was made.
 *
 * @param percent the weighted mean, rounded to a whole percent; 0 when nothing is counted
 * @param counted steps that entered the mean
 * @param totalWeight the sum of the counted steps' weights
 * @param notApplicable steps left out because they are not applicable
 * @param withoutUpdate counted steps that have no update yet (counted as 0%)
 */
public record RollUp(int percent, int counted, int totalWeight, int notApplicable, int withoutUpdate) {

	/** What the roll-up needs of one step. */
	public record Input(StepStatus status, int percent, int weight, boolean hasUpdate) {
	}

	/**
	 * The same figure from sums a database computed: {@code weightedPercent} is the sum
	 * of percent times weight over counted steps that have an update.
	 */
	public static RollUp ofSums(long counted, long totalWeight, long weightedPercent, long notApplicable,
			long withoutUpdate) {
		int percent = (totalWeight == 0) ? 0 : (int) Math.round((double) weightedPercent / totalWeight);
		return new RollUp(percent, (int) counted, (int) totalWeight, (int) notApplicable, (int) withoutUpdate);
	}

	public static RollUp of(Collection<Input> steps) {
		long weighted = 0;
		int totalWeight = 0;
		int counted = 0;
		int notApplicable = 0;
		int withoutUpdate = 0;
		for (Input step : steps) {
			if (step.status() == StepStatus.NOT_APPLICABLE) {
				notApplicable++;
				continue;
			}
			counted++;
			totalWeight += step.weight();
			if (step.hasUpdate()) {
				weighted += (long) step.percent() * step.weight();
			}
			else {
				withoutUpdate++;
			}
		}
		int percent = (totalWeight == 0) ? 0 : (int) Math.round((double) weighted / totalWeight);
		return new RollUp(percent, counted, totalWeight, notApplicable, withoutUpdate);
	}

}
