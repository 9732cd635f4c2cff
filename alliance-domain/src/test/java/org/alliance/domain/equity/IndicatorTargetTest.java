package org.alliance.domain.equity;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorTargetTest {

	@Test
	void aRateReachesItsTargetInTheIndicatorsDirectionIncludingTheTargetItself() {
		Indicator access = indicator(Direction.HIGHER_IS_BETTER, new BigDecimal("80"));
		assertThat(access.meetsTarget(80.0)).isTrue();
		assertThat(access.meetsTarget(79.9)).isFalse();
		Indicator holds = indicator(Direction.LOWER_IS_BETTER, new BigDecimal("2.5"));
		assertThat(holds.meetsTarget(2.5)).isTrue();
		assertThat(holds.meetsTarget(2.6)).isFalse();
		assertThat(indicator(Direction.HIGHER_IS_BETTER, null).meetsTarget(99)).isNull();
	}

	private static Indicator indicator(Direction direction, BigDecimal target) {
		return new Indicator(new Indicator.Definition("Test", "", IndicatorKind.BETTER_OFF, IndicatorUnit.PERCENT, null,
				direction, PeriodType.QUARTER, target, null), Map.of(Dimension.RACE_ETHNICITY, 1L));
	}

}
