package org.alliance.domain.commitment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The panel commitment: at least 50% women and at least 20% from minoritised communities.
 */
class EventCheckTest {

	private static final List<ShareTarget> PANEL = List.of(new ShareTarget("women", 50),
			new ShareTarget("minoritised", 20));

	@Test
	void aPanelMeetingBothTargetsKeepsTheCommitment() {
		// 3 of 6 women = 50% (exactly the minimum), 2 of 6 minoritised = 33.3%
		EventCheck.Result result = EventCheck.check(PANEL, 6, Map.of("women", 3L, "minoritised", 2L));
		assertThat(result.met()).isTrue();
		assertThat(result.targets().get(0).percent()).isCloseTo(50.0, within(1e-9));
		assertThat(result.targets().get(1).percent()).isCloseTo(33.333, within(1e-3));
	}

	@Test
	void missingOneTargetMissesTheEvent() {
		// 2 of 5 women = 40% (< 50), 1 of 5 minoritised = exactly 20%
		EventCheck.Result result = EventCheck.check(PANEL, 5, Map.of("women", 2L, "minoritised", 1L));
		assertThat(result.targets()).extracting(EventCheck.TargetResult::met).containsExactly(false, true);
		assertThat(result.met()).isFalse();
	}

	@Test
	void anUnreportedMeasureCountsAsNone() {
		EventCheck.Result result = EventCheck.check(PANEL, 4, Map.of("women", 2L));
		assertThat(result.targets().get(1).counted()).isZero();
		assertThat(result.met()).isFalse();
	}

	@Test
	void complianceIsTheShareOfEventsThatMetEveryTarget() {
		EventCheck.Result met = EventCheck.check(PANEL, 4, Map.of("women", 2L, "minoritised", 1L));
		EventCheck.Result missed = EventCheck.check(PANEL, 4, Map.of("women", 1L, "minoritised", 1L));
		assertThat(EventCheck.complianceRate(List.of(met, met, missed))).isCloseTo(66.667, within(1e-3));
		assertThat(EventCheck.complianceRate(List.of())).isNull();
	}

	@Test
	void impossibleCountsAndTargetsAreRefused() {
		assertThatThrownBy(() -> EventCheck.check(PANEL, 0, Map.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> EventCheck.check(PANEL, 3, Map.of("women", 4L)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ShareTarget("women", 120)).isInstanceOf(IllegalArgumentException.class);
	}

}
