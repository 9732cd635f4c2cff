package org.alliance.web.commitment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator's form for a share target on a commitment. */
public record TargetForm(
		@NotBlank(message = "{commitment.target.measure.invalid}") @Size(max = 80,
				message = "{commitment.target.measure.invalid}") String measure,
		@NotNull(message = "{commitment.target.percent.invalid}") @Min(value = 0,
				message = "{commitment.target.percent.invalid}") @Max(value = 100,
						message = "{commitment.target.percent.invalid}") Integer minimumPercent) {

}
