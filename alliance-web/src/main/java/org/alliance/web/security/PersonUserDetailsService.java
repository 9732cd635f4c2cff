package org.alliance.web.security;

import org.alliance.domain.person.Person;
import org.alliance.persistence.person.PersonRepository;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in by e-mail address. */
@Service
class PersonUserDetailsService implements UserDetailsService {

	private final PersonRepository people;

	PersonUserDetailsService(PersonRepository people) {
		this.people = people;
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
