package org.alliance.domain.equity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.domain.equity.Disparity.Standing;

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

	/** The band's edges as the decimals they were configured as, for exact comparison. */
	private final BigDecimal exactLow;

	private final BigDecimal exactHigh;

	public DisparityMeasures(double low, double high) {
		if (!(low > 0 && low < 1 && high > 1)) {
			throw new IllegalArgumentException("the band must contain 1, e.g. 0.8 to 1.25");
		}
		this.low = low;
		this.high = high;
		this.exactLow = BigDecimal.valueOf(low);
		this.exactHigh = BigDecimal.valueOf(high);
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
	 * suppressed. When the reference rate is 0 the ratio is undefined but the difference
	 * is still shown. Whether a ratio lies outside the band, and on which side of 1, is
	 * decided on the whole counts (a·n_r against low·a_r·n), so a ratio of exactly 0.8 or
	 * 1.25 is always inside the band.
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
			if (reference == null || suppressed.contains(referenceGroup) || reference.denominator() == 0) {
				result.add(new Disparity(group.group(), rate, null, null, null, null, false, false, null, null));
				continue;
			}
			double difference = rate - reference.rate();
			if (reference.numerator() == 0) {
				// no ratio against a rate of 0; the difference stands
				result.add(new Disparity(group.group(), rate, null, difference, null, null, false, false, null, null));
				continue;
			}
			double ratio = rate / reference.rate();
			boolean self = group.group().equals(referenceGroup);
			double[] interval = self ? null : katz(group, reference);
			// the ratio a·n_r / (n·a_r) compared exactly with the band's edges and with 1
			BigDecimal numerator = BigDecimal.valueOf(group.numerator())
				.multiply(BigDecimal.valueOf(reference.denominator()));
			BigDecimal denominator = BigDecimal.valueOf(group.denominator())
				.multiply(BigDecimal.valueOf(reference.numerator()));
			boolean flagged = numerator.compareTo(this.exactLow.multiply(denominator)) < 0
					|| numerator.compareTo(this.exactHigh.multiply(denominator)) > 0;
			Standing standing = standing(numerator.compareTo(denominator), direction);
			Boolean significant = (interval != null) ? (interval[1] < 1 || interval[0] > 1) : null;
			result.add(new Disparity(group.group(), rate, ratio, difference, (interval != null) ? interval[0] : null,
					(interval != null) ? interval[1] : null, flagged, flagged && standing == Standing.WORSE, standing,
					significant));
		}
		return result;
	}

	/** How a group fares, from the sign of its ratio against 1 and the direction. */
	private static Standing standing(int againstOne, Direction direction) {
		if (againstOne == 0) {
			return Standing.SAME;
		}
		boolean higher = againstOne > 0;
		return (higher == (direction == Direction.HIGHER_IS_BETTER)) ? Standing.BETTER : Standing.WORSE;
	}

	/**
	 * The 95% interval of the ratio by the Katz log method. A zero count with the outcome
	 * has no logarithm: then 0.5 is added to each of the four cells of the two groups'
	 * table (the Haldane-Anscombe correction), which gives an interval around a ratio of
	 * 0 whose upper end shows how large the ratio could plausibly be.
	 */
	static double[] katz(GroupCount group, GroupCount reference) {
		boolean correct = group.numerator() == 0 || reference.numerator() == 0;
		double half = correct ? 0.5 : 0;
		double a = group.numerator() + half;
		double n = group.denominator() + 2 * half;
		double ar = reference.numerator() + half;
		double nr = reference.denominator() + 2 * half;
		double ratio = (a / n) / (ar / nr);
		double se = Math.sqrt(1.0 / a - 1.0 / n + 1.0 / ar - 1.0 / nr);
		return new double[] { Math.exp(Math.log(ratio) - Z95 * se), Math.exp(Math.log(ratio) + Z95 * se) };
	}

	/**
	 * Measures every group's mean against the reference group's mean: ratio and
	 * difference, with no confidence interval (that would need each group's spread, which
	 * is not collected). Means of suppressed groups are not shown. With a reference mean
	 * of 0 there is no ratio but the difference stands. Band membership is decided on the
	 * means as the decimals they were entered as.
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
			if (reference == null || suppressed.contains(referenceGroup) || reference.count() == 0) {
				result
					.add(new Disparity(group.group(), group.mean(), null, null, null, null, false, false, null, null));
				continue;
			}
			double difference = group.mean() - reference.mean();
			if (reference.mean() <= 0) {
				result.add(new Disparity(group.group(), group.mean(), null, difference, null, null, false, false, null,
						null));
				continue;
			}
			double ratio = group.mean() / reference.mean();
			BigDecimal mean = BigDecimal.valueOf(group.mean());
			BigDecimal referenceMean = BigDecimal.valueOf(reference.mean());
			boolean flagged = mean.compareTo(this.exactLow.multiply(referenceMean)) < 0
					|| mean.compareTo(this.exactHigh.multiply(referenceMean)) > 0;
			Standing standing = standing(mean.compareTo(referenceMean), direction);
			result.add(new Disparity(group.group(), group.mean(), ratio, difference, null, null, flagged,
					flagged && standing == Standing.WORSE, standing, null));
		}
		return result;
	}

	/** Whether a gap is closing or opening across consecutive periods (oldest first). */
	public enum Trend {

		NARROWING, WIDENING, STEADY, UNKNOWN

	}

	/**
	 * Compares the size of the gap (|ln ratio|) in the latest period with the average of
	 * the earlier ones; a change of less than 5% of a ratio counts as steady. A ratio of
	 * 0 is a value, the widest gap there is: a latest ratio of 0 after non-zero ones is
	 * widening, a latest non-zero ratio after a 0 is narrowing, and 0 throughout is
	 * steady. Periods without a ratio are skipped, but the latest period must have one:
	 * without it nothing is said.
	 */
	public static Trend trend(List<Double> ratiosOldestFirst) {
		if (ratiosOldestFirst.isEmpty() || ratiosOldestFirst.get(ratiosOldestFirst.size() - 1) == null) {
			return Trend.UNKNOWN;
		}
		List<Double> known = ratiosOldestFirst.stream().filter((r) -> r != null && r >= 0).toList();
		if (known.size() < 2) {
			return Trend.UNKNOWN;
		}
		double latestRatio = known.get(known.size() - 1);
		List<Double> earlierRatios = known.subList(0, known.size() - 1);
		boolean earlierZero = earlierRatios.stream().anyMatch((r) -> r == 0);
		if (latestRatio == 0) {
			return earlierRatios.stream().allMatch((r) -> r == 0) ? Trend.STEADY : Trend.WIDENING;
		}
		if (earlierZero) {
			return Trend.NARROWING;
		}
		double latest = Math.abs(Math.log(latestRatio));
		double earlier = earlierRatios.stream().mapToDouble((r) -> Math.abs(Math.log(r))).average().orElse(latest);
		double change = latest - earlier;
		if (Math.abs(change) < Math.log(1.05)) {
			return Trend.STEADY;
		}
		return (change < 0) ? Trend.NARROWING : Trend.WIDENING;
	}

}
