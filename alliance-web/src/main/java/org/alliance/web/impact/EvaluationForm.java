package org.alliance.web.impact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alliance.domain.impact.ImpactAnalysis;
import org.jspecify.annotations.Nullable;

/** What happened once the subject was carried out. */
public record EvaluationForm(
		@NotBlank(message = "{analysis.evaluation.invalid}") @Size(max = ImpactAnalysis.SECTION_MAX,
				message = "{analysis.evaluation.invalid}") @Nullable String evaluation,
		@Nullable Long version) {

	static EvaluationForm from(ImpactAnalysis analysis) {
		return new EvaluationForm(analysis.getEvaluation(), analysis.getVersion());
	}

}
