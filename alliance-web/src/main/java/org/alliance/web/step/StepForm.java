package org.alliance.web.step;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.step.StepDraft;
import org.alliance.domain.step.ActionStep;

import org.springframework.format.annotation.DateTimeFormat;

/** A lead's form for creating or revising a step. */
public record StepForm(@NotNull(message = "{step.aim.required}") Long aimId, Long assigneeId,
		@NotBlank(message = "{step.title.invalid}") @Size(max = ActionStep.TITLE_MAX,
				message = "{step.title.invalid}") String title,
		@Size(max = ActionStep.DESCRIPTION_MAX, message = "{step.description.invalid}") String description,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
		@NotNull(message = "{step.weight.invalid}") @Min(value = 1, message = "{step.weight.invalid}") @Max(
				value = ActionStep.WEIGHT_MAX, message = "{step.weight.invalid}") Integer weight,
		Long version) {

	static StepForm blank() {
		return new StepForm(null, null, "", "", null, null, 1, null);
	}

	static StepForm from(ActionStep step) {
		return new StepForm(step.getAimId(), step.getAssigneeId(), step.getTitle(), step.getDescription(),
				step.getStartDate(), step.getDueDate(), step.getWeight(), step.getVersion());
	}

	StepForm withVersion(long latest) {
		return new StepForm(this.aimId, this.assigneeId, this.title, this.description, this.startDate, this.dueDate,
				this.weight, latest);
	}

	StepDraft draft() {
		return new StepDraft(this.aimId, this.assigneeId, this.title, this.description, this.startDate, this.dueDate,
				this.weight);
	}

}
