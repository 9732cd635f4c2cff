package org.alliance.persistence.step;

import java.time.Instant;
import java.time.LocalDate;

import org.alliance.domain.step.RollUp;
import org.alliance.domain.step.StepStatus;

/**
 * An action step as lists and dashboards show it, with the names of its workgroup, aim
 * and assignee.
 */
public record StepRow(Long id, String title, StepStatus status, int percent, LocalDate startDate, LocalDate dueDate,
		Instant lastUpdateAt, int weight, Long workgroupId, String workgroupName, Long assigneeId, String assigneeName,
		Long aimId, int aimNumber, String aimTitle, Long planId) {

	/** Days within which an open step counts as due soon. */
	public static final int DUE_SOON_DAYS = 14;

	public boolean isOverdue(LocalDate today) {
		return this.dueDate != null && this.dueDate.isBefore(today) && !this.status.isClosed();
	}

	public boolean isDueSoon(LocalDate today) {
		return this.dueDate != null && !this.status.isClosed() && !this.dueDate.isBefore(today)
				&& !this.dueDate.isAfter(today.plusDays(DUE_SOON_DAYS));
	}

	public boolean hasUpdate() {
		return this.lastUpdateAt != null;
	}

	public RollUp.Input rollUpInput() {
		return new RollUp.Input(this.status, this.percent, this.weight, hasUpdate());
	}

}
