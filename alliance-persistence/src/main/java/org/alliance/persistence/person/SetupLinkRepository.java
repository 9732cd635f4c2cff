package org.alliance.persistence.person;

import java.util.List;
import java.util.Optional;

import org.alliance.domain.person.SetupLink;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The first administrator's one-time setup links. */
public interface SetupLinkRepository extends JpaRepository<SetupLink, Long> {

	Optional<SetupLink> findByTokenHash(String tokenHash);

	List<SetupLink> findByPersonIdAndUsedAtIsNull(Long personId);

	/**
	 * Whether an enabled administrator exists who is not waiting for their setup link
	 * (has no unused link).
	 */
	@Query("""
			select count(p) > 0 from Person p where p.role = org.alliance.domain.person.SystemRole.ADMIN
			 and p.enabled = true and not exists
			 (select l.id from SetupLink l where l.personId = p.id and l.usedAt is null)
			""")
	boolean anAdministratorIsSetUp();

	/**
	 * Whether an enabled administrator other than the given person exists and is not
	 * waiting for a setup link.
	 */
	@Query("""
			select count(p) > 0 from Person p where p.role = org.alliance.domain.person.SystemRole.ADMIN
			 and p.enabled = true and p.id <> :personId and not exists
			 (select l.id from SetupLink l where l.personId = p.id and l.usedAt is null)
			""")
	boolean anotherAdministratorIsSetUp(Long personId);

	/**
	 * One instance at a time prepares the first administrator (two starting together on
	 * an empty database).
	 */
	@Query(value = "select 1 from (select pg_advisory_xact_lock(7002)) locked", nativeQuery = true)
	Integer lockSetup();

}
