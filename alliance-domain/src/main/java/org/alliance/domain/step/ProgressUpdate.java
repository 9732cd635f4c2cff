package org.alliance.domain.step;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One entry of a step's history: who changed status or percent, when, and why. Entries
 * are immutable; the history is never rewritten.
 */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "step_id", nullable = false, updatable = false)
	private ActionStep step;

	@Column(name = "author_id", nullable = false, updatable = false)
	private Long authorId;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", nullable = false, updatable = false, length = 20)
	private StepStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, updatable = false, length = 20)
	private StepStatus toStatus;

	@Column(name = "from_percent", nullable = false, updatable = false)
	private int fromPercent;

	@Column(name = "to_percent", nullable = false, updatable = false)
	private int toPercent;

	@Column(updatable = false, length = ActionStep.NARRATIVE_MAX)
	private String narrative;

	protected ProgressUpdate() {
	}

	ProgressUpdate(ActionStep step, Long authorId, Instant recordedAt, StepStatus fromStatus, StepStatus toStatus,
			int fromPercent, int toPercent, String narrative) {
		this.step = step;
		this.authorId = authorId;
		this.recordedAt = recordedAt;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.fromPercent = fromPercent;
		this.toPercent = toPercent;
		this.narrative = narrative;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public StepStatus getFromStatus() {
		return this.fromStatus;
	}

	public StepStatus getToStatus() {
		return this.toStatus;
	}

	public int getFromPercent() {
		return this.fromPercent;
	}

	public int getToPercent() {
		return this.toPercent;
	}

	public String getNarrative() {
		return this.narrative;
	}

}
