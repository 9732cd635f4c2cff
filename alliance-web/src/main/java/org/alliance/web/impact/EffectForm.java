package org.alliance.web.impact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.domain.impact.Impact;
import org.alliance.domain.impact.ImpactEffect;
import org.jspecify.annotations.Nullable;

/** The expected effect on one group (step four). */
public record EffectForm(@NotNull(message = "{analysis.effect.group.invalid}") @Nullable Long groupId,
		@NotNull(message = "{analysis.effect.impact.invalid}") @Nullable Impact impact,
		@NotBlank(message = "{analysis.effect.evidence.invalid}") @Size(max = ImpactEffect.EVIDENCE_MAX,
				message = "{analysis.effect.evidence.invalid}") @Nullable String evidence) {

	static EffectForm blank() {
		return new EffectForm(null, null, "");
	}

}
