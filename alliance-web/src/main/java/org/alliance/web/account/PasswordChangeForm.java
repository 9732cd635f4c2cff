package org.alliance.web.account;

import jakarta.validation.constraints.NotBlank;

/** A person's own password change. Passwords are never sent back to the browser. */
public record PasswordChangeForm(@NotBlank(message = "{password.current.required}") String currentPassword,
		@NotBlank(message = "{password.length}") String newPassword,
		@NotBlank(message = "{password.confirm.required}") String confirmPassword) {

	static PasswordChangeForm blank() {
		return new PasswordChangeForm("", "", "");
	}

}
