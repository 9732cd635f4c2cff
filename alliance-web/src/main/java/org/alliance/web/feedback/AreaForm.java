package org.alliance.web.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alliance.domain.feedback.ServiceArea;
import org.jspecify.annotations.Nullable;

/** A new service area's name. */
public record AreaForm(@NotBlank(message = "{serviceArea.name.invalid}") @Size(max = ServiceArea.NAME_MAX,
		message = "{serviceArea.name.invalid}") @Nullable String name) {
}
