package org.alliance.web.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alliance.application.comment.CommentService;
import org.jspecify.annotations.Nullable;

/** A comment as the step page's form sends it. */
public record CommentForm(@NotBlank(message = "{comment.body.required}") @Size(max = CommentService.BODY_MAX,
		message = "{comment.body.tooLong}") @Nullable String body) {

	static CommentForm blank() {
		return new CommentForm("");
	}

}
