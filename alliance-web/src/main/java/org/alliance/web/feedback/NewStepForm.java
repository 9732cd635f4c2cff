package org.alliance.web.feedback;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.step.StepDraft;
import org.alliance.domain.step.ActionStep;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new action step that answers a piece of feedback, in the workgroup it is assigned to.
 */
public record NewStepForm(
		@NotBlank(message = "{step.title.invalid}") @Size(max = ActionStep.TITLE_MAX,
				message = "{step.title.invalid}") @Nullable String title,
		@NotNull(message = "{step.aim.required}") @Nullable Long aimId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate) {

	static NewStepForm blank() {
		return new NewStepForm("", null, null);
	}

	StepDraft draft(String reference) {
		return new StepDraft(this.aimId, null, this.title, reference, null, this.dueDate, 1);
	}

}
