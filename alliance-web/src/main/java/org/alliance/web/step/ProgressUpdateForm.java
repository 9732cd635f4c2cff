package org.alliance.web.step;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.step.RecordProgress;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.StepStatus;

/**
 * What a person posts to record progress on a step; {@code version} detects concurrent
 * edits.
 */
public record ProgressUpdateForm(@NotNull(message = "{step.status.required}") StepStatus status,
		@NotNull(message = "{step.percent.required}") @Min(value = 0,
				message = "{step.percent.range}") @Max(value = 100, message = "{step.percent.range}") Integer percent,
		@Size(max = ActionStep.NARRATIVE_MAX, message = "{step.narrative.tooLong}") String narrative,
		@NotNull(message = "{form.version.required}") Long version) {

	static ProgressUpdateForm from(ActionStep step) {
		return new ProgressUpdateForm(step.getStatus(), step.getPercent(), "", step.getVersion());
	}

	ProgressUpdateForm withVersion(long newVersion) {
		return new ProgressUpdateForm(this.status, this.percent, this.narrative, newVersion);
	}

	RecordProgress command(Long stepId, Long authorId) {
		return new RecordProgress(stepId, this.version, this.status, this.percent, this.narrative, authorId);
	}

}
