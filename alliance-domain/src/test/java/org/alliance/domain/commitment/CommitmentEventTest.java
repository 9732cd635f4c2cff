package org.alliance.domain.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.alliance.domain.shared.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitmentEventTest {

	private static Commitment panelPledge() {
		Commitment commitment = new Commitment("Panels with at least half women", "A director", null, null);
		commitment.addTarget(new ShareTarget("women", 50));
		commitment.addTarget(new ShareTarget("minoritised communities", 20));
		return commitment;
	}

	@Test
	void anEventIsCheckedAgainstEveryTargetOfItsCommitment() {
		Commitment commitment = panelPledge();
		CommitmentEvent event = new CommitmentEvent(commitment, LocalDate.of(2026, 3, 4), "Spring panel",
				EventKind.PANEL, 5, List.of(3, 1), 1L, Instant.EPOCH);
		EventCheck.Result result = event.check(commitment.getTargets());
		// 3 of 5 = 60% women (>= 50), 1 of 5 = 20% (>= 20): met
		assertThat(result.met()).isTrue();
		CommitmentEvent missed = new CommitmentEvent(commitment, LocalDate.of(2026, 4, 4), "Board", EventKind.BOARD, 6,
				List.of(2, 3), 1L, Instant.EPOCH);
		// 2 of 6 = 33% women: not met, although 50% minoritised meets the second target
		EventCheck.Result second = missed.check(commitment.getTargets());
		assertThat(second.met()).isFalse();
		assertThat(second.targets().get(0).met()).isFalse();
		assertThat(second.targets().get(1).met()).isTrue();
	}

	@Test
	void countsAboveTheTotalOrMissingAreRefusedNextToTheirField() {
		Commitment commitment = panelPledge();
		assertThatThrownBy(() -> new CommitmentEvent(commitment, LocalDate.of(2026, 3, 4), "Panel", EventKind.PANEL, 4,
				List.of(5, 1), 1L, Instant.EPOCH))
			.isInstanceOfSatisfying(DomainRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("counts[0]"));
		assertThatThrownBy(() -> new CommitmentEvent(commitment, LocalDate.of(2026, 3, 4), "Panel", EventKind.PANEL, 0,
				List.of(0, 0), 1L, Instant.EPOCH))
			.isInstanceOfSatisfying(DomainRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("total"));
	}

	@Test
	void aYesNoCommitmentTakesNoEventsAndTargetsAreNotRepeated() {
		Commitment plain = new Commitment("Ask who is missing", "A director", null, null);
		assertThatThrownBy(() -> new CommitmentEvent(plain, LocalDate.of(2026, 3, 4), "Panel", EventKind.PANEL, 4,
				List.of(), 1L, Instant.EPOCH))
			.isInstanceOf(DomainRuleException.class);
		Commitment commitment = panelPledge();
		assertThatThrownBy(() -> commitment.addTarget(new ShareTarget("Women", 40)))
			.isInstanceOf(DomainRuleException.class);
		assertThat(commitment.getTargets()).hasSize(2);
	}

}
