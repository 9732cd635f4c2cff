package org.alliance.web.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.person.NewAccount;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;

/** An administrator's form for creating an account with a first password. */
public record PersonForm(
		@NotBlank(message = "{person.name.invalid}") @Size(max = Person.NAME_MAX,
				message = "{person.name.invalid}") String displayName,
		@NotBlank(message = "{person.email.invalid}") @Email(message = "{person.email.invalid}") @Size(
				max = Person.EMAIL_MAX, message = "{person.email.invalid}") String email,
		@NotNull(message = "{person.role.required}") SystemRole role,
		@NotBlank(message = "{person.password.invalid}") @Size(min = PersonForm.PASSWORD_MIN, max = 128,
				message = "{person.password.invalid}") String password) {

	public static final int PASSWORD_MIN = 12;

	static PersonForm blank() {
		return new PersonForm("", "", SystemRole.STAFF, "");
	}

	NewAccount command() {
		return new NewAccount(this.email, this.displayName, this.role, this.password);
	}

}
