package org.alliance.web.admin;

import java.time.Clock;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.web.shared.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration: create accounts, set their system role, disable and enable
 * them.
 */
@Service
@Transactional
class PersonService {

	private final PersonRepository people;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	PersonService(PersonRepository people, PasswordEncoder passwordEncoder, Clock clock) {
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	Person create(PersonForm form) {
		String email = Person.normaliseEmail(form.email());
		if (this.people.existsByEmail(email)) {
			throw new DomainRuleException("person.email.taken", "email");
		}
		return this.people.save(new Person(email, form.displayName(), this.passwordEncoder.encode(form.password()),
				form.role(), this.clock.instant()));
	}

	void changeRole(Long id, SystemRole role, Long actingAdminId) {
		Person person = load(id);
		if (person.getId().equals(actingAdminId) && role != SystemRole.ADMIN) {
			throw new DomainRuleException("person.role.notSelf", "role");
		}
		person.changeRole(role);
	}

	void setEnabled(Long id, boolean enabled, Long actingAdminId) {
		Person person = load(id);
		if (!enabled && person.getId().equals(actingAdminId)) {
			throw new DomainRuleException("person.disable.notSelf");
		}
		if (enabled) {
			person.enable();
		}
		else {
			person.disable();
		}
	}

	Person load(Long id) {
		return this.people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
	}

}
