package org.alliance.application.step;

import java.time.LocalDate;

/** What a lead says about a step when creating or revising it. */
public record StepDraft(Long aimId, Long assigneeId, String title, String description, LocalDate startDate,
		LocalDate dueDate, Integer weight) {
}
