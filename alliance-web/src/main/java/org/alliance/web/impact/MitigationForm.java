package org.alliance.web.impact;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.step.StepDraft;
import org.alliance.domain.step.ActionStep;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** A mitigation, written as the action step that carries it out. */
public record MitigationForm(
		@NotBlank(message = "{step.title.invalid}") @Size(max = ActionStep.TITLE_MAX,
				message = "{step.title.invalid}") @Nullable String title,
		@Size(max = ActionStep.DESCRIPTION_MAX, message = "{step.description.invalid}") @Nullable String description,
		@NotNull(message = "{analysis.workgroup.invalid}") @Nullable Long workgroupId,
		@NotNull(message = "{step.aim.required}") @Nullable Long aimId,
		@NotNull(message = "{analysis.mitigation.dueDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate) {

	static MitigationForm blank(Long workgroupId) {
		return new MitigationForm("", "", workgroupId, null, null);
	}

	StepDraft draft() {
		return new StepDraft(this.aimId, null, this.title, (this.description != null) ? this.description : "", null,
				this.dueDate, 1);
	}

}
