package org.alliance.persistence.audit;

import java.util.List;

import org.alliance.domain.audit.AuditEntry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The audit trail; filtered with specifications, appended to, never changed. */
public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	/**
	 * The newest entry's id: changes whenever anything audited changes, on any app
	 * instance.
	 */
	@Query("select coalesce(max(e.id), 0) from AuditEntry e")
	long latestId();

	@Query("select distinct e.entityType from AuditEntry e order by e.entityType")
	List<String> entityTypes();

}
