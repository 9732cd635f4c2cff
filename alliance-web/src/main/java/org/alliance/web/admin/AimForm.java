package org.alliance.web.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.plan.AimDraft;
import org.alliance.domain.plan.Aim;

/** An administrator's form for an aim of a plan. */
public record AimForm(
		@NotNull(message = "{aim.number.invalid}") @Min(value = 1, message = "{aim.number.invalid}") @Max(value = 999,
				message = "{aim.number.invalid}") Integer number,
		@NotBlank(message = "{aim.title.invalid}") @Size(max = Aim.TITLE_MAX,
				message = "{aim.title.invalid}") String title,
		@Size(max = Aim.DESCRIPTION_MAX, message = "{aim.description.invalid}") String description, Long version) {

	static AimForm from(Aim aim) {
		return new AimForm(aim.getNumber(), aim.getTitle(), aim.getDescription(), aim.getVersion());
	}

	AimForm withVersion(long newVersion) {
		return new AimForm(this.number, this.title, this.description, newVersion);
	}

	AimDraft draft() {
		return new AimDraft(this.number, this.title, this.description);
	}

}
