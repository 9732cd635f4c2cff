package org.alliance.web.impact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.domain.impact.ScreeningAnswer;
import org.jspecify.annotations.Nullable;

/** The screening questions' answers, and the reason when none raises a concern. */
public record ScreeningForm(@NotNull(message = "{analysis.screening.answer}") @Nullable ScreeningAnswer negative,
		@NotNull(message = "{analysis.screening.answer}") @Nullable ScreeningAnswer access,
		@NotNull(message = "{analysis.screening.answer}") @Nullable ScreeningAnswer unknown,
		@Size(max = ImpactAnalysis.SHORT_MAX, message = "{analysis.screening.reason.tooLong}") @Nullable String reason,
		@Nullable Long version) {

	static ScreeningForm from(ImpactAnalysis analysis) {
		return new ScreeningForm(analysis.getScreenNegative(), analysis.getScreenAccess(), analysis.getScreenUnknown(),
				analysis.getScreenOutReason(), analysis.getVersion());
	}

	ScreeningForm withVersion(long latest) {
		return new ScreeningForm(this.negative, this.access, this.unknown, this.reason, latest);
	}

	ImpactAnalysis.Screening screening() {
		return new ImpactAnalysis.Screening(this.negative, this.access, this.unknown, this.reason);
	}

}
