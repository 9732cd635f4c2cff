package org.alliance.web.impact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.domain.impact.Decision;
import org.alliance.domain.impact.ImpactAnalysis;
import org.jspecify.annotations.Nullable;

/** The reviewer's decision, with the version of the analysis they read. */
public record DecisionForm(@NotNull(message = "{analysis.decide.decision}") @Nullable Decision decision,
		@Size(max = ImpactAnalysis.SHORT_MAX, message = "{analysis.decide.comment.tooLong}") @Nullable String comment,
		@Nullable Long version) {

	static DecisionForm blank(long version) {
		return new DecisionForm(null, "", version);
	}

}
