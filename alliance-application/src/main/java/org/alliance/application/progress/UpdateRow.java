package org.alliance.application.progress;

import java.time.Instant;

import org.alliance.domain.step.StepStatus;

/** One entry of a step's history with its author's name. */
public record UpdateRow(Long id, Long stepId, Instant recordedAt, Long authorId, String authorName,
		StepStatus fromStatus, StepStatus toStatus, int fromPercent, int toPercent, String narrative) {

	public boolean statusChanged() {
		return this.fromStatus != this.toStatus;
	}

}
