package org.alliance.domain.step;

import java.time.LocalDate;

import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;

/**
 * What a lead plans for a step: its wording, owner, dates and weight. Progress is not
 * part of it; progress only changes through an update.
 */
public record StepDetails(Long aimId, Long workgroupId, Long assigneeId, String title, String description,
		LocalDate startDate, LocalDate dueDate, int weight) {

	public StepDetails {
		if (aimId == null) {
			throw new DomainRuleException("step.aim.required", "aimId");
		}
		if (workgroupId == null) {
			throw new DomainRuleException("step.workgroup.required", "workgroupId");
		}
		if (title == null || title.isBlank() || title.length() > ActionStep.TITLE_MAX) {
			throw new DomainRuleException("step.title.invalid", "title");
		}
		Names.requireSingleLine(title, "title");
		if (description != null && description.length() > ActionStep.DESCRIPTION_MAX) {
			throw new DomainRuleException("step.description.invalid", "description");
		}
		if (startDate != null && dueDate != null && dueDate.isBefore(startDate)) {
			throw new DomainRuleException("step.dueDate.beforeStart", "dueDate");
		}
		if (weight < 1 || weight > ActionStep.WEIGHT_MAX) {
			throw new DomainRuleException("step.weight.invalid", "weight");
		}
		title = title.trim();
		description = description == null ? "" : description.trim();
	}

}
