package org.alliance.web.commitment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A review of a commitment: how it stands now and, while it stays active, when it is
 * reviewed next. The version is the commitment's as the form was shown.
 */
public record ReviewForm(@NotNull(message = "{commitment.review.status.invalid}") CommitmentStatus status,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReview, long version) {

	static ReviewForm from(Commitment commitment) {
		return new ReviewForm(commitment.getStatus(), commitment.getReviewDate(), commitment.getVersion());
	}

	ReviewForm withVersion(long latest) {
		return new ReviewForm(this.status, this.nextReview, latest);
	}

}
