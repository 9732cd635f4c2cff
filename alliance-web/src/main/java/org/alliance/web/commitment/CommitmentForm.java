package org.alliance.web.commitment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alliance.application.commitment.CommitmentDraft;
import org.alliance.domain.commitment.Commitment;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An administrator's form for a commitment: a new one (with its first review date), or
 * corrections to one (with the version it was shown at; reviews set the date).
 */
public record CommitmentForm(
		@NotBlank(message = "{commitment.statement.invalid}") @Size(max = Commitment.STATEMENT_MAX,
				message = "{commitment.statement.invalid}") String statement,
		@NotBlank(message = "{commitment.madeBy.invalid}") @Size(max = Commitment.MADE_BY_MAX,
				message = "{commitment.madeBy.invalid}") String madeBy,
		Long ownerId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDate, Long version) {

	static CommitmentForm blank() {
		return new CommitmentForm("", "", null, null, null);
	}

	static CommitmentForm from(Commitment commitment) {
		return new CommitmentForm(commitment.getStatement(), commitment.getMadeBy(), commitment.getOwnerId(),
				commitment.getReviewDate(), commitment.getVersion());
	}

	CommitmentForm withVersion(long latest) {
		return new CommitmentForm(this.statement, this.madeBy, this.ownerId, this.reviewDate, latest);
	}

	CommitmentDraft draft() {
		return new CommitmentDraft(this.statement, this.madeBy, this.ownerId, this.reviewDate);
	}

}
