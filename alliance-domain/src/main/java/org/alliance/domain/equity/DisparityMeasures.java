package org.alliance.domain.equity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rate ratio and rate difference of each group against a reference group, with a 95%
 * confidence interval for the ratio (Katz log method) and a disparity flag. Formulas and
 * sources are in docs/equity-measures.md.
 */
public final class DisparityMeasures {

	/** Default band outside which a ratio is flagged as a disparity. */
	public static final double DEFAULT_LOW = 0.8;

	public static final double DEFAULT_HIGH = 1.25;

	private static final double Z95 = 1.959964;

	private final double low;

	private final double high;

	public DisparityMeasures(double low, double high) {
		if (!(low > 0 && low < 1 && high > 1)) {
			throw new IllegalArgumentException("the band must contain 1, e.g. 0.8 to 1.25");
		}
		this.low = low;
		this.high = high;
	}

	/** The lower end of the band: ratios below it are flagged. */
	public double low() {
		return this.low;
	}

	/** The upper end of the band: ratios above it are flagged. */
	public double high() {
		return this.high;
	}

	public static DisparityMeasures withDefaults() {
		return new DisparityMeasures(DEFAULT_LOW, DEFAULT_HIGH);
	}

	/**
	 * Measures every group of one period against the reference group. Groups whose counts
	 * are suppressed get no figures, and neither does anything when the reference is
	 * suppressed.
	 */
	public List<Disparity> measure(List<GroupCount> counts, String referenceGroup, Direction direction,
			Set<String> suppressed) {
		Map<String, GroupCount> byGroup = counts.stream()
			.collect(Collectors.toMap(GroupCount::group, Function.identity()));
		GroupCount reference = byGroup.get(referenceGroup);
		List<Disparity> result = new ArrayList<>();
		for (GroupCount group : counts) {
			if (suppressed.contains(group.group()) || group.denominator() == 0) {
				result.add(Disparity.unknown(group.group()));
				continue;
			}
			double rate = group.rate();
			if (reference == null || suppressed.contains(referenceGroup) || reference.denominator() == 0
					|| reference.numerator() == 0) {
				result.add(new Disparity(group.group(), rate, null, null, null, null, false, false));
				continue;
			}
			double referenceRate = reference.rate();
			double ratio = rate / referenceRate;
			double difference = rate - referenceRate;
			Double ratioLow = null;
			Double ratioHigh = null;
			if (group.numerator() > 0 && !group.group().equals(referenceGroup)) {
				double se = Math.sqrt(1.0 / group.numerator() - 1.0 / group.denominator() + 1.0 / reference.numerator()
						- 1.0 / reference.denominator());
				ratioLow = Math.exp(Math.log(ratio) - Z95 * se);
				ratioHigh = Math.exp(Math.log(ratio) + Z95 * se);
			}
			boolean flagged = ratio < this.low || ratio > this.high;
			boolean worse = (direction == Direction.HIGHER_IS_BETTER) ? ratio < 1 : ratio > 1;
			result.add(new Disparity(group.group(), rate, ratio, difference, ratioLow, ratioHigh, flagged,
					flagged && worse));
		}
		return result;
	}

	/**
	 * Measures every group's mean against the reference group's mean: ratio and
	 * difference, with no confidence interval (that would need each group's spread, which
	 * is not collected). Means of suppressed groups are not shown.
	 */
	public List<Disparity> measureMeans(List<GroupMean> means, String referenceGroup, Direction direction,
			Set<String> suppressed) {
		GroupMean reference = means.stream().filter((m) -> m.group().equals(referenceGroup)).findFirst().orElse(null);
		List<Disparity> result = new ArrayList<>();
		for (GroupMean group : means) {
			if (suppressed.contains(group.group()) || group.count() == 0) {
				result.add(Disparity.unknown(group.group()));
				continue;
			}
			if (reference == null || suppressed.contains(referenceGroup) || reference.count() == 0
					|| reference.mean() <= 0) {
				result.add(new Disparity(group.group(), group.mean(), null, null, null, null, false, false));
				continue;
			}
			double ratio = group.mean() / reference.mean();
			boolean flagged = ratio < this.low || ratio > this.high;
			boolean worse = (direction == Direction.HIGHER_IS_BETTER) ? ratio < 1 : ratio > 1;
			result.add(new Disparity(group.group(), group.mean(), ratio, group.mean() - reference.mean(), null, null,
					flagged, flagged && worse));
		}
		return result;
	}

	/** Whether a gap is closing or opening across consecutive periods (oldest first). */
	public enum Trend {

		NARROWING, WIDENING, STEADY, UNKNOWN

	}

	/**
	 * Compares the size of the gap (|ln ratio|) in the latest period with the average of
	 * the earlier ones; a change of less than 5% of a ratio counts as steady.
	 */
	public static Trend trend(List<Double> ratiosOldestFirst) {
		List<Double> known = ratiosOldestFirst.stream().filter((r) -> r != null && r > 0).toList();
		if (known.size() < 2) {
			return Trend.UNKNOWN;
		}
		double latest = Math.abs(Math.log(known.get(known.size() - 1)));
		double earlier = known.subList(0, known.size() - 1)
			.stream()
			.mapToDouble((r) -> Math.abs(Math.log(r)))
			.average()
			.orElse(latest);
		double change = latest - earlier;
		if (Math.abs(change) < Math.log(1.05)) {
			return Trend.STEADY;
		}
		return (change < 0) ? Trend.NARROWING : Trend.WIDENING;
	}

}
