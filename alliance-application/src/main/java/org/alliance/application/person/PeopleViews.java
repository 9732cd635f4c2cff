package org.alliance.application.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.person.Person;
import org.alliance.persistence.person.PersonRepository;

import org.springframework.stereotype.Component;

/**
 * The read side of people for pages and the API (ADR 18); the people table with its
 * filters is {@link PeopleQueries}.
 */
@Component
public class PeopleViews {

	private final PersonRepository people;

	PeopleViews(PersonRepository people) {
		this.people = people;
	}

	public Optional<Person> findById(Long id) {
		return this.people.findById(id);
	}

	public Optional<Person> findByEmail(String email) {
		return this.people.findByEmail(email);
	}

	public List<Person> findAll() {
		return this.people.findAll();
	}

	public List<Person> findAllById(Collection<Long> ids) {
		return this.people.findAllById(ids);
	}

	/** Everyone, by display name. */
	public List<Person> findAllByOrderByDisplayNameAsc() {
		return this.people.findAllByOrderByDisplayNameAsc();
	}

	/** Some people, by display name. */
	public List<Person> findByIdInOrderByDisplayNameAsc(Collection<Long> ids) {
		return this.people.findByIdInOrderByDisplayNameAsc(ids);
	}

}
