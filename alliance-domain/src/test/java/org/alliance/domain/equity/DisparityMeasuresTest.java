package org.alliance.domain.equity;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.alliance.domain.equity.DisparityMeasures.Trend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Every measure against values worked out by hand (see docs/equity-measures.md). */
class DisparityMeasuresTest {

	private final DisparityMeasures measures = DisparityMeasures.withDefaults();

	@Test
	void rateRatioDifferenceAndKatzConfidenceInterval() {
		// group 30/100 = 0.30 against reference 60/100 = 0.60
		// RR = 0.5, RD = -0.30, SE(ln RR) = sqrt(1/30 - 1/100 + 1/60 - 1/100) =
		// sqrt(0.03) = 0.173205
		// CI = exp(ln 0.5 -+ 1.959964 * 0.173205) = 0.3561 .. 0.7021
		List<Disparity> result = this.measures.measure(
				List.of(new GroupCount("Black", 30, 100), new GroupCount("White", 60, 100)), "White",
				Direction.HIGHER_IS_BETTER, Set.of());
		Disparity black = result.get(0);
		assertThat(black.rate()).isCloseTo(0.30, within(1e-9));
		assertThat(black.rateRatio()).isCloseTo(0.5, within(1e-9));
		assertThat(black.rateDifference()).isCloseTo(-0.30, within(1e-9));
		assertThat(black.ratioLow()).isCloseTo(0.3561, within(1e-4));
		assertThat(black.ratioHigh()).isCloseTo(0.7021, within(1e-4));
		assertThat(black.flagged()).isTrue();
		assertThat(black.disadvantaged()).isTrue();
		Disparity white = result.get(1);
		assertThat(white.rateRatio()).isEqualTo(1.0);
		assertThat(white.ratioLow()).isNull();
		assertThat(white.flagged()).isFalse();
	}

	@Test
	void directionDecidesWhoIsDisadvantagedAndTheBandIsInclusive() {
		// readmissions: lower is better; 25/100 vs 20/100 is exactly 1.25 (inside the
		// band), 30/100 is 1.5
		List<Disparity> result = this.measures.measure(List.of(new GroupCount("A", 25, 100),
				new GroupCount("B", 30, 100), new GroupCount("C", 10, 100), new GroupCount("Ref", 20, 100)), "Ref",
				Direction.LOWER_IS_BETTER, Set.of());
		assertThat(result.get(0).rateRatio()).isCloseTo(1.25, within(1e-9));
		assertThat(result.get(0).flagged()).isFalse();
		assertThat(result.get(1).flagged()).isTrue();
		assertThat(result.get(1).disadvantaged()).isTrue();
		// half the readmissions of the reference: a disparity, but in the group's favour
		assertThat(result.get(2).flagged()).isTrue();
		assertThat(result.get(2).disadvantaged()).isFalse();
	}

	@Test
	void suppressedGroupsAndASuppressedReferenceGiveNoFigures() {
		List<GroupCount> counts = List.of(new GroupCount("A", 5, 200), new GroupCount("B", 60, 200),
				new GroupCount("Ref", 80, 200));
		List<Disparity> result = this.measures.measure(counts, "Ref", Direction.HIGHER_IS_BETTER, Set.of("A"));
		assertThat(result.get(0).rate()).isNull();
		assertThat(result.get(0).rateRatio()).isNull();
		assertThat(result.get(1).rateRatio()).isCloseTo(0.75, within(1e-9));
		List<Disparity> noReference = this.measures.measure(counts, "Ref", Direction.HIGHER_IS_BETTER, Set.of("Ref"));
		assertThat(noReference.get(1).rate()).isCloseTo(0.30, within(1e-9));
		assertThat(noReference.get(1).rateRatio()).isNull();
	}

	@Test
	void zeroCountsAreHandledWithoutDividingByZero() {
		List<Disparity> result = this.measures.measure(
				List.of(new GroupCount("A", 0, 50), new GroupCount("Empty", 0, 0), new GroupCount("Ref", 0, 40)), "Ref",
				Direction.HIGHER_IS_BETTER, Set.of());
		assertThat(result.get(0).rate()).isEqualTo(0.0);
		assertThat(result.get(0).rateRatio()).isNull();
		assertThat(result.get(0).rateDifference()).isEqualTo(0.0);
		assertThat(result.get(1).rate()).isNull();
	}

	@Test
	void withAReferenceRateOfZeroTheDifferenceIsShownWithoutARatio() {
		// 6 of 40 = 0.15 against 0 of 40: no ratio, a difference of +0.15
		List<Disparity> result = this.measures.measure(
				List.of(new GroupCount("A", 6, 40), new GroupCount("Ref", 0, 40)), "Ref", Direction.LOWER_IS_BETTER,
				Set.of());
		assertThat(result.get(0).rateRatio()).isNull();
		assertThat(result.get(0).rateDifference()).isCloseTo(0.15, within(1e-12));
		assertThat(result.get(0).flagged()).isFalse();
		List<Disparity> means = this.measures.measureMeans(
				List.of(new GroupMean("A", 0.4, 30), new GroupMean("Ref", 0.0, 30)), "Ref", Direction.LOWER_IS_BETTER,
				Set.of());
		assertThat(means.get(0).rateRatio()).isNull();
		assertThat(means.get(0).rateDifference()).isCloseTo(0.4, within(1e-12));
	}

	@Test
	void ratiosOfExactlyTheBandsEdgesAreInsideItWhateverTheFloatingPoint() {
		// 4 of 25 against 1 of 5 is exactly 0.8, but in floating point 0.7999999999999999
		List<GroupCount> counts = List.of(new GroupCount("Ref", 1, 5), new GroupCount("A", 4, 25));
		assertThat((4.0 / 25) / (1.0 / 5)).isLessThan(0.8);
		assertThat(this.measures.measure(counts, "Ref", Direction.HIGHER_IS_BETTER, Set.of()).get(1).flagged())
			.isFalse();
		Random random = new Random(8);
		for (int i = 0; i < 5_000; i++) {
			int aRef = 1 + random.nextInt(60);
			int nRef = aRef + random.nextInt(60);
			int k = 1 + random.nextInt(30);
			// a group whose ratio is exactly 4/5 or 5/4 of the reference's
			if (aRef * 5 > nRef * 4) {
				continue;
			}
			GroupCount reference = new GroupCount("Ref", aRef * 5L * k, nRef * 5L * k);
			GroupCount low = new GroupCount("Low", aRef * 4L * k, nRef * 5L * k);
			GroupCount high = new GroupCount("High", aRef * 5L * k, nRef * 4L * k);
			List<Disparity> result = this.measures.measure(List.of(reference, low, high), "Ref",
					Direction.HIGHER_IS_BETTER, Set.of());
			assertThat(result.get(1).flagged()).as("%s against %s", low, reference).isFalse();
			assertThat(result.get(2).flagged()).as("%s against %s", high, reference).isFalse();
			assertThat(result.get(1).standing()).isEqualTo(Disparity.Standing.WORSE);
			assertThat(result.get(2).standing()).isEqualTo(Disparity.Standing.BETTER);
		}
		// just beyond the edge is flagged: 27.9 / 35 = 0.797
		assertThat(this.measures
			.measure(List.of(new GroupCount("Ref", 350, 1000), new GroupCount("A", 279, 1000)), "Ref",
					Direction.HIGHER_IS_BETTER, Set.of())
			.get(1)
			.disadvantaged()).isTrue();
	}

	@Test
	void aZeroCountGetsAnIntervalWithTheHaldaneCorrectionAndSignificanceIsWhetherItExcludesOne() {
		// 0 of 100 against 50 of 100: with 0.5 added to each cell, (0.5/101)/(50.5/101) =
		// 0.0099; SE = sqrt(1/0.5 - 1/101 + 1/50.5 - 1/101) = 1.4142; interval
		// exp(ln 0.0099 -/+ 1.959964 x 1.4142) = 0.00062 to 0.1583
		List<Disparity> result = this.measures.measure(
				List.of(new GroupCount("Ref", 50, 100), new GroupCount("A", 0, 100), new GroupCount("B", 45, 100)),
				"Ref", Direction.HIGHER_IS_BETTER, Set.of());
		Disparity zero = result.get(1);
		assertThat(zero.rateRatio()).isEqualTo(0.0);
		assertThat(zero.ratioLow()).isCloseTo(0.00062, within(1e-5));
		assertThat(zero.ratioHigh()).isCloseTo(0.1583, within(1e-4));
		assertThat(zero.significant()).isTrue();
		// 45 of 100 against 50 of 100: ratio 0.9, SE = 0.1491, interval 0.672 to 1.205,
		// which includes 1
		assertThat(result.get(2).ratioLow()).isCloseTo(0.6720, within(1e-4));
		assertThat(result.get(2).ratioHigh()).isCloseTo(1.2054, within(1e-4));
		assertThat(result.get(2).significant()).isFalse();
		assertThat(result.get(0).significant()).isNull();
	}

	@Test
	void aRatioOfZeroIsAValueForTheTrend() {
		// a drop to zero is the widest gap there is, never "narrowing"
		assertThat(DisparityMeasures.trend(List.of(0.6, 0.7, 0.0))).isEqualTo(Trend.WIDENING);
		assertThat(DisparityMeasures.trend(List.of(0.0, 0.0))).isEqualTo(Trend.STEADY);
		assertThat(DisparityMeasures.trend(List.of(0.0, 0.5))).isEqualTo(Trend.NARROWING);
		// without a ratio in the latest period nothing is said, whatever came before
		assertThat(DisparityMeasures.trend(Arrays.asList(0.5, 0.6, null))).isEqualTo(Trend.UNKNOWN);
	}

	@Test
	void theBandMustContainOne() {
		assertThatThrownBy(() -> new DisparityMeasures(1.1, 1.3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new GroupCount("A", 5, 4)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void trendComparesTheLatestGapWithTheEarlierOnes() {
		// |ln 0.6| = 0.511, |ln 0.65| = 0.431 (mean 0.471); |ln 0.8| = 0.223: the gap
		// narrows
		assertThat(DisparityMeasures.trend(List.of(0.6, 0.65, 0.8))).isEqualTo(Trend.NARROWING);
		assertThat(DisparityMeasures.trend(List.of(0.9, 0.9, 0.7))).isEqualTo(Trend.WIDENING);
		assertThat(DisparityMeasures.trend(List.of(1.3, 1.6))).isEqualTo(Trend.WIDENING);
		assertThat(DisparityMeasures.trend(List.of(0.8, 0.8, 0.81))).isEqualTo(Trend.STEADY);
		assertThat(DisparityMeasures.trend(Arrays.asList(null, 0.8))).isEqualTo(Trend.UNKNOWN);
	}

}
