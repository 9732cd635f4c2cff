package org.alliance.persistence.workgroup;

import java.util.List;
import java.util.Optional;

import org.alliance.domain.workgroup.Workgroup;
import org.alliance.domain.workgroup.WorkgroupRole;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Workgroups with their memberships. */
public interface WorkgroupRepository extends JpaRepository<Workgroup, Long> {

	@EntityGraph(attributePaths = "memberships")
	@Query("select w from Workgroup w order by w.name")
	List<Workgroup> findAllWithMembers();

	@EntityGraph(attributePaths = "memberships")
	@Query("select w from Workgroup w where w.id = :id")
	Optional<Workgroup> findWithMembers(@Param("id") Long id);

	@EntityGraph(attributePaths = "memberships")
	@Query("select distinct w from Workgroup w join w.memberships m where m.personId = :personId order by w.name")
	List<Workgroup> findAllOf(@Param("personId") Long personId);

	boolean existsByNameIgnoreCase(String name);

	/** Whether the person holds this role in any workgroup, in one statement. */
	@Query("select count(m) > 0 from Workgroup w join w.memberships m where m.personId = :personId"
			+ " and m.role = :role")
	boolean holdsRole(@Param("personId") Long personId, @Param("role") WorkgroupRole role);

	/** Whether the person belongs to any workgroup, in one statement. */
	@Query("select count(m) > 0 from Workgroup w join w.memberships m where m.personId = :personId")
	boolean belongsToAny(@Param("personId") Long personId);

	@Query("select m.role from Workgroup w join w.memberships m where w.id = :workgroupId and m.personId = :personId")
	Optional<WorkgroupRole> roleOf(@Param("workgroupId") Long workgroupId, @Param("personId") Long personId);

}
