package org.alliance.domain.commitment;

import java.time.LocalDate;

import org.alliance.domain.shared.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitmentReviewTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static Commitment pledge() {
		return new Commitment("Panels with at least half women", "A director", null, TODAY.minusDays(3));
	}

	@Test
	void aReviewThatKeepsThePledgeActiveSetsTheNextReview() {
		Commitment commitment = pledge();
		assertThat(commitment.isDueForReview(TODAY)).isTrue();
		commitment.review(CommitmentStatus.ACTIVE, TODAY.plusMonths(6), TODAY);
		assertThat(commitment.getStatus()).isEqualTo(CommitmentStatus.ACTIVE);
		assertThat(commitment.getReviewDate()).isEqualTo(TODAY.plusMonths(6));
		assertThat(commitment.isDueForReview(TODAY)).isFalse();
	}

	@Test
	void aPledgeThatIsNoLongerActiveHasNothingLeftToReview() {
		Commitment commitment = pledge();
		commitment.review(CommitmentStatus.KEPT, TODAY.plusMonths(6), TODAY);
		assertThat(commitment.getStatus()).isEqualTo(CommitmentStatus.KEPT);
		assertThat(commitment.getReviewDate()).isNull();
		assertThat(commitment.isDueForReview(TODAY.plusYears(1))).isFalse();
	}

	@Test
	void theNextReviewOfAnActivePledgeIsNotInThePast() {
		Commitment commitment = pledge();
		assertThatThrownBy(() -> commitment.review(CommitmentStatus.ACTIVE, TODAY.minusDays(1), TODAY))
			.isInstanceOfSatisfying(DomainRuleException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("commitment.review.next.past");
				assertThat(ex.field()).isEqualTo("nextReview");
			});
		assertThat(commitment.getReviewDate()).isEqualTo(TODAY.minusDays(3));
		// today itself is allowed, and so is no date at all
		commitment.review(CommitmentStatus.ACTIVE, TODAY, TODAY);
		assertThat(commitment.getReviewDate()).isEqualTo(TODAY);
		commitment.review(CommitmentStatus.ACTIVE, null, TODAY);
		assertThat(commitment.getReviewDate()).isNull();
	}

	@Test
	void aReviewNeedsAnOutcome() {
		assertThatThrownBy(() -> pledge().review(null, null, TODAY)).isInstanceOf(DomainRuleException.class);
	}

}
