package org.alliance.web.workgroup;

import java.util.Objects;

import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.alliance.web.shared.NotFoundException;
import org.alliance.web.shared.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to workgroups: creation, description, leads and members. Callers are already
 * authorised.
 */
@Service
@Transactional
public class WorkgroupService {

	private final WorkgroupRepository workgroups;

	private final PersonRepository people;

	WorkgroupService(WorkgroupRepository workgroups, PersonRepository people) {
		this.workgroups = workgroups;
		this.people = people;
	}

	public Workgroup create(String name, String charge, Long leadId) {
		requirePerson(leadId, "leadId");
		if (name != null && this.workgroups.existsByNameIgnoreCase(name.trim())) {
			throw new DomainRuleException("workgroup.name.taken", "name");
		}
		return this.workgroups.save(new Workgroup(name, charge, leadId));
	}

	public void describe(Long id, String name, String charge, Long expectedVersion) {
		Workgroup workgroup = load(id);
		if (!Objects.equals(workgroup.getVersion(), expectedVersion)) {
			throw new StaleEditException();
		}
		if (name != null && !name.trim().equalsIgnoreCase(workgroup.getName())
				&& this.workgroups.existsByNameIgnoreCase(name.trim())) {
			throw new DomainRuleException("workgroup.name.taken", "name");
		}
		workgroup.describe(name, charge);
		this.workgroups.flush();
	}

	public void addMember(Long id, Long personId) {
		requirePerson(personId, "personId");
		Workgroup workgroup = load(id);
		workgroup.addMember(personId);
		this.workgroups.flush();
	}

	public void removeMember(Long id, Long personId) {
		Workgroup workgroup = load(id);
		workgroup.removeMember(personId);
		this.workgroups.flush();
	}

	public void appointLead(Long id, Long personId) {
		requirePerson(personId, "personId");
		Workgroup workgroup = load(id);
		workgroup.appointLead(personId);
		this.workgroups.flush();
	}

	public void removeLead(Long id, Long personId) {
		Workgroup workgroup = load(id);
		workgroup.removeLead(personId);
		this.workgroups.flush();
	}

	private Workgroup load(Long id) {
		return this.workgroups.findWithMembers(id).orElseThrow(() -> new NotFoundException("Workgroup", id));
	}

	private void requirePerson(Long personId, String field) {
		if (personId == null || !this.people.existsById(personId)) {
			throw new DomainRuleException("person.unknown", field);
		}
	}

}
