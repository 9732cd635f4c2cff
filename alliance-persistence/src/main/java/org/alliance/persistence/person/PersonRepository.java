package org.alliance.persistence.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.person.Person;

import org.springframework.data.jpa.repository.JpaRepository;

/** People and their accounts. */
public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByEmail(String email);

	boolean existsByEmail(String email);

	List<Person> findAllByOrderByDisplayNameAsc();

	List<Person> findByIdInOrderByDisplayNameAsc(Collection<Long> ids);

}
