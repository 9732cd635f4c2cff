package org.alliance.web.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.Outcome;
import org.jspecify.annotations.Nullable;

/** The answer the sender reads, with what became of what they said. */
public record AnswerForm(@NotNull(message = "{feedback.outcome.required}") @Nullable Outcome outcome,
		@NotBlank(message = "{feedback.response.invalid}") @Size(max = FeedbackItem.RESPONSE_MAX,
				message = "{feedback.response.invalid}") @Nullable String response,
		@Nullable Long version) {

	static AnswerForm from(FeedbackItem item) {
		return new AnswerForm(item.getOutcome(), item.getResponse(), item.getVersion());
	}

}
