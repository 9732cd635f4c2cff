package org.alliance.web.security;

import java.util.List;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person: their account plus the id and name the pages need. */
public class AllianceUser extends User {

	private final Long personId;

	private final String displayName;

	private final SystemRole role;

	private final String language;

	public AllianceUser(Person person) {
		super(person.getEmail(), person.getPasswordHash(), person.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + person.getRole().name())));
		this.personId = person.getId();
		this.displayName = person.getDisplayName();
		this.role = person.getRole();
		this.language = person.getLanguage();
	}

	/** The language the person chose, or {@code null} to follow the browser. */
	public String language() {
		return this.language;
	}

	public Long personId() {
		return this.personId;
	}

	public String displayName() {
		return this.displayName;
	}

	public SystemRole role() {
		return this.role;
	}

	public boolean isAdmin() {
		return this.role == SystemRole.ADMIN;
	}

	public boolean isLeadership() {
		return this.role == SystemRole.LEADERSHIP;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
