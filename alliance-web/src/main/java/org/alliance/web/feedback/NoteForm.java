package org.alliance.web.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alliance.domain.feedback.FeedbackNote;
import org.jspecify.annotations.Nullable;

/** A private staff note. */
public record NoteForm(@NotBlank(message = "{feedback.note.invalid}") @Size(max = FeedbackNote.BODY_MAX,
		message = "{feedback.note.invalid}") @Nullable String body) {

	static NoteForm blank() {
		return new NoteForm("");
	}

}
