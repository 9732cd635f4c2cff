package org.alliance.web.security;

import org.alliance.application.person.PersonService;
import org.alliance.domain.person.Person;
import org.alliance.application.person.PeopleViews;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in by e-mail address, and moves a password hash of an older kind to the
 * current one (Argon2) when its owner signs in with it.
 */
@Service
class PersonUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final PeopleViews people;

	private final PersonService accounts;

	PersonUserDetailsService(PeopleViews people, PersonService accounts) {
		this.people = people;
		this.accounts = accounts;
	}

	@Override
	public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
		if (newPassword == null) {
			return user;
		}
		return new AllianceUser(this.accounts.upgradePasswordHash(user.getUsername(), newPassword));
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String email;
		try {
			email = Person.normaliseEmail(username);
		}
		catch (RuntimeException ex) {
			throw new UsernameNotFoundException("unknown");
		}
		return this.people.findByEmail(email)
			.map(AllianceUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

}
