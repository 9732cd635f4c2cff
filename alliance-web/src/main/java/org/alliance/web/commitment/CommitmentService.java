package org.alliance.web.commitment;

import java.time.Clock;
import java.util.Map;

import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentEvent;
import org.alliance.domain.commitment.ShareTarget;
import org.alliance.persistence.commitment.CommitmentEventRepository;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.web.audit.AuditLog;
import org.alliance.web.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Share targets on commitments and the events recorded against them, audited. */
@Service
@Transactional
class CommitmentService {

	private final CommitmentRepository commitments;

	private final CommitmentEventRepository events;

	private final AuditLog audit;

	private final Clock clock;

	private final org.alliance.persistence.person.PersonRepository people;

	CommitmentService(CommitmentRepository commitments, CommitmentEventRepository events, AuditLog audit, Clock clock,
			org.alliance.persistence.person.PersonRepository people) {
		this.people = people;
		this.commitments = commitments;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Commitment commitment(Long id) {
		return this.commitments.findWithSteps(id).orElseThrow(() -> new NotFoundException("Commitment", id));
	}

	Commitment create(CommitmentForm form) {
		checkOwner(form);
		Commitment commitment = this.commitments
			.save(new Commitment(form.statement(), form.madeBy(), form.ownerId(), form.reviewDate()));
		this.audit.created("Commitment", commitment.getId(), "Commitment made", commitment.snapshot());
		return commitment;
	}

	/** Corrects a commitment's wording, maker and owner; refused on a stale form. */
	void reword(Long id, CommitmentForm form) {
		Commitment commitment = commitment(id);
		if (form.version() == null || commitment.getVersion() != form.version()) {
			throw new org.alliance.web.shared.StaleEditException();
		}
		checkOwner(form);
		Map<String, Object> before = commitment.snapshot();
		commitment.reword(form.statement(), form.madeBy(), form.ownerId());
		this.commitments.flush();
		this.audit.updated("Commitment", id, "Commitment revised", before, commitment.snapshot());
	}

	private void checkOwner(CommitmentForm form) {
		if (form.ownerId() != null && !this.people.existsById(form.ownerId())) {
			throw new org.alliance.domain.shared.DomainRuleException("commitment.owner.invalid", "ownerId");
		}
	}

	void addTarget(Long id, TargetForm form) {
		Commitment commitment = commitment(id);
		Map<String, Object> before = commitment.snapshot();
		ShareTarget target;
		try {
			target = new ShareTarget(form.measure().trim(), form.minimumPercent());
		}
		catch (IllegalArgumentException ex) {
			throw new org.alliance.domain.shared.DomainRuleException("commitment.target.measure.invalid", "measure");
		}
		commitment.addTarget(target);
		this.commitments.flush();
		this.audit.updated("Commitment", id, "Share target added", before, commitment.snapshot());
	}

	/**
	 * Records a review: the pledge's status and next review date, refused when the form
	 * was shown before someone else changed the commitment.
	 */
	void review(Long id, ReviewForm form) {
		Commitment commitment = commitment(id);
		if (commitment.getVersion() != form.version()) {
			throw new org.alliance.web.shared.StaleEditException();
		}
		Map<String, Object> before = commitment.snapshot();
		commitment.review(form.status(), form.nextReview(), java.time.LocalDate.now(this.clock));
		this.commitments.flush();
		this.audit.updated("Commitment", id, "Commitment reviewed", before, commitment.snapshot());
	}

	/** An event of this commitment; another commitment's event is not found here. */
	@Transactional(readOnly = true)
	CommitmentEvent event(Long id, Long eventId) {
		return this.events.findById(eventId)
			.filter((e) -> e.getCommitmentId().equals(id))
			.orElseThrow(() -> new NotFoundException("Event", eventId));
	}

	/** Removes a wrongly recorded event; its record stays in the audit trail. */
	CommitmentEvent remove(Long id, Long eventId) {
		CommitmentEvent event = event(id, eventId);
		Map<String, Object> before = event.snapshot();
		this.events.delete(event);
		this.events.flush();
		this.audit.deleted("CommitmentEvent", eventId, "Event removed from commitment " + id, before);
		return event;
	}

	CommitmentEvent record(Long id, EventForm form, Long personId) {
		Commitment commitment = commitment(id);
		int targets = commitment.getTargets().size();
		CommitmentEvent event = this.events.save(new CommitmentEvent(commitment, form.date(), form.name(), form.kind(),
				form.total(), form.countsFor(targets), personId, this.clock.instant()));
		this.audit.created("CommitmentEvent", event.getId(), "Event recorded against commitment " + id,
				event.snapshot());
		return event;
	}

}
