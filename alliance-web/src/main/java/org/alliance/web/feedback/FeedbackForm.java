package org.alliance.web.feedback;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.FeedbackTopic;
import org.jspecify.annotations.Nullable;

/**
 * The public feedback form. {@code website} is a honeypot: hidden from people, filled in
 * by robots.
 */
public record FeedbackForm(@NotNull(message = "{feedback.topic.required}") @Nullable FeedbackTopic topic,
		@Nullable Long aimId, @Nullable Long serviceAreaId,
		@NotBlank(message = "{feedback.message.invalid}") @Size(max = FeedbackItem.MESSAGE_MAX,
				message = "{feedback.message.invalid}") @Nullable String message,
		@Size(max = FeedbackItem.CONTACT_MAX, message = "{feedback.contact.tooLong}") @Nullable String contact,
		@Nullable List<Long> groupIds, @Nullable Boolean consent, @Nullable String website) {

	static FeedbackForm blank() {
		return new FeedbackForm(null, null, null, "", "", List.of(), null, "");
	}

	public Set<Long> groups() {
		return (this.groupIds != null) ? this.groupIds.stream().filter((g) -> g != null).collect(Collectors.toSet())
				: Set.of();
	}

	FeedbackItem.Submission submission(@Nullable Long planId) {
		return new FeedbackItem.Submission(this.topic, planId, this.aimId, this.serviceAreaId, this.message,
				this.contact, groups(), Boolean.TRUE.equals(this.consent));
	}

}
