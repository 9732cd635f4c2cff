package org.alliance.application.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentEvent;
import org.alliance.domain.commitment.CommitmentStatus;
import org.alliance.domain.commitment.ShareTarget;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.persistence.commitment.CommitmentEventRepository;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.person.PersonRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Share targets on commitments and the events recorded against them, audited. */
@Service
@Transactional
public class CommitmentService {

	private final CommitmentRepository commitments;

	private final CommitmentEventRepository events;

	private final AuditLog audit;

	private final Clock clock;

	private final PersonRepository people;

	CommitmentService(CommitmentRepository commitments, CommitmentEventRepository events, AuditLog audit, Clock clock,
			PersonRepository people) {
		this.people = people;
		this.commitments = commitments;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Commitment commitment(Long id) {
		return this.commitments.findWithSteps(id).orElseThrow(() -> new NotFoundException("Commitment", id));
	}

	public Commitment create(CommitmentDraft form) {
		checkOwner(form);
		Commitment commitment = this.commitments
			.save(new Commitment(form.statement(), form.madeBy(), form.ownerId(), form.reviewDate()));
		this.audit.created("Commitment", commitment.getId(), "Commitment made", commitment.snapshot());
		return commitment;
	}

	/** Corrects a commitment's wording, maker and owner; refused on a stale form. */
	public void reword(Long id, Long expectedVersion, CommitmentDraft form) {
		Commitment commitment = commitment(id);
		if (expectedVersion == null || commitment.getVersion() != expectedVersion) {
			throw new StaleEditException();
		}
		checkOwner(form);
		Map<String, Object> before = commitment.snapshot();
		commitment.reword(form.statement(), form.madeBy(), form.ownerId());
		this.commitments.flush();
		this.audit.updated("Commitment", id, "Commitment revised", before, commitment.snapshot());
	}

	private void checkOwner(CommitmentDraft form) {
		if (form.ownerId() != null && !this.people.existsById(form.ownerId())) {
			throw new DomainRuleException("commitment.owner.invalid", "ownerId");
		}
	}

	public void addTarget(Long id, String measure, int minimumPercent) {
		Commitment commitment = commitment(id);
		Map<String, Object> before = commitment.snapshot();
		ShareTarget target;
		try {
			target = new ShareTarget(measure.trim(), minimumPercent);
		}
		catch (IllegalArgumentException ex) {
			throw new DomainRuleException("commitment.target.measure.invalid", "measure");
		}
		commitment.addTarget(target);
		this.commitments.flush();
		this.audit.updated("Commitment", id, "Share target added", before, commitment.snapshot());
	}

	/**
	 * Records a review: the pledge's status and next review date, refused when the form
	 * was shown before someone else changed the commitment.
	 */
	public void review(Long id, long expectedVersion, CommitmentStatus status, LocalDate nextReview) {
		Commitment commitment = commitment(id);
		if (commitment.getVersion() != expectedVersion) {
			throw new StaleEditException();
		}
		Map<String, Object> before = commitment.snapshot();
		commitment.review(status, nextReview, LocalDate.now(this.clock));
		this.commitments.flush();
		this.audit.updated("Commitment", id, "Commitment reviewed", before, commitment.snapshot());
	}

	/** An event of this commitment; another commitment's event is not found here. */
	@Transactional(readOnly = true)
	public CommitmentEvent event(Long id, Long eventId) {
		return this.events.findById(eventId)
			.filter((e) -> e.getCommitmentId().equals(id))
			.orElseThrow(() -> new NotFoundException("Event", eventId));
	}

	/** Removes a wrongly recorded event; its record stays in the audit trail. */
	public CommitmentEvent remove(Long id, Long eventId) {
		CommitmentEvent event = event(id, eventId);
		Map<String, Object> before = event.snapshot();
		this.events.delete(event);
		this.events.flush();
		this.audit.deleted("CommitmentEvent", eventId, "Event removed from commitment " + id, before);
		return event;
	}

	public CommitmentEvent record(Long id, NewEvent form, Long personId) {
		Commitment commitment = commitment(id);
		int targets = commitment.getTargets().size();
		CommitmentEvent event = this.events.save(new CommitmentEvent(commitment, form.date(), form.name(), form.kind(),
				form.total(), form.countsFor(targets), personId, this.clock.instant()));
		this.audit.created("CommitmentEvent", event.getId(), "Event recorded against commitment " + id,
				event.snapshot());
		return event;
	}

}
