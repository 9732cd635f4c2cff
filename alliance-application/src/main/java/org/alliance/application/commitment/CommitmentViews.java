package org.alliance.application.commitment;

import java.util.List;
import java.util.Optional;

import org.alliance.domain.commitment.Commitment;
import org.alliance.persistence.commitment.CommitmentRepository;

import org.springframework.stereotype.Component;

/**
 * The read side of commitments for pages and the API (ADR 18); whether each is met is
 * {@link Compliance}.
 */
@Component
public class CommitmentViews {

	private final CommitmentRepository commitments;

	CommitmentViews(CommitmentRepository commitments) {
		this.commitments = commitments;
	}

	public Optional<Commitment> findById(Long id) {
		return this.commitments.findById(id);
	}

	/** Every commitment in the order they are reviewed. */
	public List<Commitment> findAllInReviewOrder() {
		return this.commitments.findAllInReviewOrder();
	}

}
