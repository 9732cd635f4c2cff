package org.alliance.domain.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;

/**
 * A pledge by a person or by the organisation, reviewed on a date and linked to the
 * action steps that deliver it. Some carry numeric targets on shares, checked against
 * recorded events.
 */
@Entity
@Table(name = "commitment")
public class Commitment {

	public static final int STATEMENT_MAX = 2000;

	public static final int MADE_BY_MAX = 160;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, length = STATEMENT_MAX)
	private String statement;

	@Column(name = "made_by", nullable = false, length = MADE_BY_MAX)
	private String madeBy;

	@Column(name = "owner_id")
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CommitmentStatus status = CommitmentStatus.ACTIVE;

	@Column(name = "review_date")
	private LocalDate reviewDate;

	@ElementCollection
	@CollectionTable(name = "commitment_step", joinColumns = @JoinColumn(name = "commitment_id"))
	@Column(name = "step_id", nullable = false)
	private Set<Long> linkedStepIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "commitment_target", joinColumns = @JoinColumn(name = "commitment_id"))
	@OrderColumn(name = "position")
	private List<CommitmentTarget> targets = new ArrayList<>();

	protected Commitment() {
	}

	public Commitment(String statement, String madeBy, Long ownerId, LocalDate reviewDate) {
		reword(statement, madeBy, ownerId);
		this.reviewDate = reviewDate;
	}

	/**
	 * Corrects what the pledge says, who made it and whose account keeps its record; its
	 * targets, events and reviews stay as they are.
	 */
	public void reword(String statement, String madeBy, Long ownerId) {
		if (statement == null || statement.isBlank() || statement.length() > STATEMENT_MAX) {
			throw new DomainRuleException("commitment.statement.invalid", "statement");
		}
		if (madeBy == null || madeBy.isBlank() || madeBy.length() > MADE_BY_MAX) {
			throw new DomainRuleException("commitment.madeBy.invalid", "madeBy");
		}
		Names.requireSingleLine(madeBy, "madeBy");
		this.statement = statement.trim();
		this.madeBy = madeBy.trim();
		this.ownerId = ownerId;
	}

	/** Adds a numeric target on a share, e.g. at least 50% women. */
	public void addTarget(ShareTarget target) {
		if (this.targets.stream().anyMatch((t) -> t.toShareTarget().measure().equalsIgnoreCase(target.measure()))) {
			throw new DomainRuleException("commitment.target.duplicate", "measure");
		}
		if (this.targets.size() >= 5) {
			throw new DomainRuleException("commitment.target.tooMany");
		}
		this.targets.add(new CommitmentTarget(target));
	}

	/** The share targets, in the order they were added; empty for a yes/no pledge. */
	public List<ShareTarget> getTargets() {
		return this.targets.stream().map(CommitmentTarget::toShareTarget).toList();
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("statement", this.statement);
		values.put("madeBy", this.madeBy);
		values.put("ownerId", this.ownerId);
		values.put("status", this.status.name());
		values.put("reviewDate", (this.reviewDate != null) ? this.reviewDate.toString() : null);
		values.put("targets",
				getTargets().stream().map((t) -> t.measure() + " >= " + t.minimumPercent() + "%").toList());
		return values;
	}

	public void linkStep(Long stepId) {
		this.linkedStepIds.add(stepId);
	}

	public void review(CommitmentStatus status, LocalDate nextReview) {
		this.status = status;
		this.reviewDate = nextReview;
	}

	/**
	 * Records a review held on {@code today}: whether the pledge is still active, kept,
	 * not kept or withdrawn, and when an active one is reviewed next (not in the past). A
	 * pledge that is no longer active has nothing left to review.
	 */
	public void review(CommitmentStatus status, LocalDate nextReview, LocalDate today) {
		if (status == null) {
			throw new DomainRuleException("commitment.review.status.invalid", "status");
		}
		if (status == CommitmentStatus.ACTIVE && nextReview != null && nextReview.isBefore(today)) {
			throw new DomainRuleException("commitment.review.next.past", "nextReview");
		}
		review(status, (status == CommitmentStatus.ACTIVE) ? nextReview : null);
	}

	/** Active commitments whose review date has come. */
	public boolean isDueForReview(LocalDate today) {
		return this.status == CommitmentStatus.ACTIVE && this.reviewDate != null && !this.reviewDate.isAfter(today);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getStatement() {
		return this.statement;
	}

	public String getMadeBy() {
		return this.madeBy;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public CommitmentStatus getStatus() {
		return this.status;
	}

	public LocalDate getReviewDate() {
		return this.reviewDate;
	}

	public Set<Long> getLinkedStepIds() {
		return Set.copyOf(this.linkedStepIds);
	}

}
