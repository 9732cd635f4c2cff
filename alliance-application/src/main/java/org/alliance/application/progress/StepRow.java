package org.alliance.application.progress;

import java.time.Instant;
import java.time.LocalDate;

import org.alliance.domain.step.RollUp;
import org.alliance.domain.step.StepAttention;
import org.alliance.domain.step.StepStatus;

/**
 * An action step as lists and dashboards show it, with the names of its workgroup, aim
 * and assignee.
 */
public record StepRow(Long id, String title, StepStatus status, int percent, LocalDate startDate, LocalDate dueDate,
		Instant lastUpdateAt, int weight, Long workgroupId, String workgroupName, Long assigneeId, String assigneeName,
		Long aimId, int aimNumber, String aimTitle, Long planId) {

	public boolean isOverdue(LocalDate today) {
		return StepAttention.isOverdue(this.status, this.dueDate, today);
	}

	public boolean isDueSoon(LocalDate today) {
		return StepAttention.isDueSoon(this.status, this.dueDate, today);
	}

	public boolean hasUpdate() {
		return this.lastUpdateAt != null;
	}

	public RollUp.Input rollUpInput() {
		return new RollUp.Input(this.status, this.percent, this.weight, hasUpdate());
	}

}
