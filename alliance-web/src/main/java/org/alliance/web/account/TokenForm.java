package org.alliance.web.account;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.token.AccessTokenService;
import org.alliance.application.token.AccessTokenStore.Scope;
import org.jspecify.annotations.Nullable;

/**
 * A new personal access token: what it is for, whether it may change things, and how long
 * it lasts (7, 30 or 90 days, or through a chosen date).
 */
public record TokenForm(
		@NotBlank(message = "{token.name.required}") @Size(max = AccessTokenService.NAME_MAX,
				message = "{token.name.tooLong}") @Nullable String name,
		@NotNull(message = "{token.scope.required}") @Nullable Scope scope,
		@NotNull(message = "{token.expiry.required}") @Nullable Expiry expiry, @Nullable LocalDate expiresOn) {

	/** How long a token lasts. */
	public enum Expiry {

		DAYS_7(7), DAYS_30(30), DAYS_90(90), DATE(0);

		private final int days;

		Expiry(int days) {
			this.days = days;
		}

	}

	static TokenForm blank() {
		return new TokenForm("", Scope.READ, Expiry.DAYS_30, null);
	}

	/**
	 * The last day the token works, or {@code null} when a date was asked for and not
	 * given.
	 */
	@Nullable LocalDate lastDay(LocalDate today) {
		if (this.expiry == Expiry.DATE) {
			return this.expiresOn;
		}
		return (this.expiry != null) ? today.plusDays(this.expiry.days) : null;
	}

}
