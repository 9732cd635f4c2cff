package org.alliance.web.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alliance.domain.feedback.FeedbackItem;
import org.jspecify.annotations.Nullable;

/** The anonymised "you said, we did" summary. */
public record SummaryForm(
		@NotBlank(message = "{feedback.youSaid.invalid}") @Size(max = FeedbackItem.SUMMARY_MAX,
				message = "{feedback.youSaid.invalid}") @Nullable String youSaid,
		@NotBlank(message = "{feedback.weDid.invalid}") @Size(max = FeedbackItem.SUMMARY_MAX,
				message = "{feedback.weDid.invalid}") @Nullable String weDid,
		@Nullable Long version) {

	static SummaryForm from(FeedbackItem item) {
		return new SummaryForm(item.getYouSaid(), item.getWeDid(), item.getVersion());
	}

}
