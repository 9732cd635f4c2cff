package org.alliance.application.workgroup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.workgroup.Workgroup;
import org.alliance.domain.workgroup.WorkgroupRole;
import org.alliance.persistence.workgroup.WorkgroupRepository;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The read side of workgroups for pages and the API: who is in which workgroup and with
 * what role. Pages read through here, never through persistence (ADR 18).
 */
@Component
public class WorkgroupViews {

	private final WorkgroupRepository workgroups;

	WorkgroupViews(WorkgroupRepository workgroups) {
		this.workgroups = workgroups;
	}

	/** Every workgroup with its members, in one statement. */
	public List<Workgroup> findAllWithMembers() {
		return this.workgroups.findAllWithMembers();
	}

	public Optional<Workgroup> findWithMembers(Long id) {
		return this.workgroups.findWithMembers(id);
	}

	public Optional<Workgroup> findById(Long id) {
		return this.workgroups.findById(id);
	}

	public List<Workgroup> findAll() {
		return this.workgroups.findAll();
	}

	/** Every workgroup by name. */
	public List<Workgroup> findAllByName() {
		return this.workgroups.findAll(Sort.by("name"));
	}

	public List<Workgroup> findAllById(Collection<Long> ids) {
		return this.workgroups.findAllById(ids);
	}

	public boolean existsById(Long id) {
		return this.workgroups.existsById(id);
	}

	/** The workgroups a person belongs to. */
	public List<Workgroup> findAllOf(Long personId) {
		return this.workgroups.findAllOf(personId);
	}

	public boolean belongsToAny(Long personId) {
		return this.workgroups.belongsToAny(personId);
	}

	public boolean holdsRole(Long personId, WorkgroupRole role) {
		return this.workgroups.holdsRole(personId, role);
	}

	public Optional<WorkgroupRole> roleOf(Long workgroupId, Long personId) {
		return this.workgroups.roleOf(workgroupId, personId);
	}

}
