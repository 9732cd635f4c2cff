package org.alliance.persistence.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** People and their accounts. */
public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByEmail(String email);

	boolean existsByEmail(String email);

	List<Person> findAllByOrderByDisplayNameAsc();

	List<Person> findByIdInOrderByDisplayNameAsc(Collection<Long> ids);

	/** Enabled accounts with this role, leaving one person out. */
	long countByRoleAndEnabledTrueAndIdNot(SystemRole role, Long id);

	/**
	 * One change of administrators at a time (until the transaction ends), so two
	 * administrators demoting each other at once cannot leave none.
	 */
	@Query(value = "select 1 from (select pg_advisory_xact_lock(7003)) locked", nativeQuery = true)
	Integer lockAdministrators();

}
