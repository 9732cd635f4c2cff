package org.alliance.web.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alliance.domain.person.Person;

/** The first administrator's name and password. Passwords are never sent back. */
public record SetupForm(
		@NotBlank(message = "{person.name.invalid}") @Size(max = Person.NAME_MAX,
				message = "{person.name.invalid}") String displayName,
		@NotBlank(message = "{password.length}") String password,
		@NotBlank(message = "{password.confirm.required}") String confirmPassword) {

	static SetupForm of(Person person) {
		return new SetupForm(person.getDisplayName(), "", "");
	}

}
