package org.alliance.application.commitment;

import java.util.List;

import org.alliance.application.shared.ReadCache;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.ComplianceRecord;
import org.alliance.persistence.commitment.CommitmentEventRepository;
import org.alliance.persistence.commitment.CommitmentRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well commitments with share targets are kept: each event met or not, the share of
 * events that met every target by quarter and in all, for a commitment's page and for the
 * dashboard.
 */
@Service
@Transactional(readOnly = true)
public class Compliance {

	private final CommitmentRepository commitments;

	private final CommitmentEventRepository events;

	private final ReadCache cache;

	Compliance(CommitmentRepository commitments, CommitmentEventRepository events, ReadCache cache) {
		this.commitments = commitments;
		this.events = events;
		this.cache = cache;
	}

	public ComplianceRecord of(Commitment commitment) {
		return ComplianceRecord.of(commitment, this.events.findOfCommitment(commitment.getId()));
	}

	/**
	 * Every commitment with its targets and events, read in one statement and kept until
	 * the data changes; shared by the dashboard's figures and its compliance panel.
	 */
	private CommitmentRepository.WithEvents everything() {
		return this.cache.get("commitments-with-events", this.commitments::allWithEvents);
	}

	/** Every commitment with its targets, in review order. */
	public List<Commitment> commitments() {
		return everything().commitments();
	}

	/** The record of every commitment with targets, in review order. */
	public List<ComplianceRecord> all() {
		// read outside the loader: a Caffeine loader must not load another key of its
		// cache
		CommitmentRepository.WithEvents everything = everything();
		return this.cache.get("commitment-compliance", () -> {
			return everything.commitments()
				.stream()
				.filter((c) -> !c.getTargets().isEmpty())
				.map((c) -> ComplianceRecord.of(c, everything.events().getOrDefault(c.getId(), List.of())))
				.toList();
		});
	}

}
