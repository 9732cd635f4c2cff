package org.alliance.application.workgroup;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.notification.Notifications;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;

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

	private final AuditLog audit;

	private final ActionStepRepository steps;

	private final Notifications notifications;

	WorkgroupService(WorkgroupRepository workgroups, PersonRepository people, AuditLog audit,
			ActionStepRepository steps, Notifications notifications) {
		this.audit = audit;
		this.steps = steps;
		this.notifications = notifications;
		this.workgroups = workgroups;
		this.people = people;
	}

	public Workgroup create(String name, String charge, Long leadId) {
		requirePerson(leadId, "leadId");
		if (name != null && this.workgroups.existsByNameIgnoreCase(name.trim())) {
			throw new DomainRuleException("workgroup.name.taken", "name");
		}
		Workgroup workgroup = this.workgroups.save(new Workgroup(name, charge, leadId));
		this.audit.created("Workgroup", workgroup.getId(), "Workgroup created", workgroup.snapshot());
		return workgroup;
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
		change(workgroup, "Workgroup described", () -> workgroup.describe(name, charge));
	}

	public void addMember(Long id, Long personId) {
		requirePerson(personId, "personId");
		Workgroup workgroup = load(id);
		change(workgroup, "Member added", () -> workgroup.addMember(personId));
	}

	/**
	 * The open steps of the workgroup a person is assigned, as removing them would leave
	 * them.
	 */
	@Transactional(readOnly = true)
	public List<ActionStep> openStepsOf(Long id, Long personId) {
		return this.steps.findOpenAssigned(id, personId);
	}

	/**
	 * Removes a member; the open steps of the workgroup they were assigned go to
	 * {@code reassignTo} (another person of the workgroup) or, when it is {@code null},
	 * to nobody. Closed steps keep their assignee, as history.
	 */
	public void removeMember(Long id, Long personId, Long reassignTo) {
		Workgroup workgroup = load(id);
		if (reassignTo != null && (reassignTo.equals(personId) || !workgroup.includes(reassignTo))) {
			throw new DomainRuleException("workgroup.member.reassignNotMember", "reassignTo");
		}
		change(workgroup, "Member removed", () -> workgroup.removeMember(personId));
		for (ActionStep step : this.steps.findOpenAssigned(id, personId)) {
			Map<String, Object> before = step.snapshot();
			step.assign(reassignTo);
			this.steps.flush();
			this.audit.updated("ActionStep", step.getId(),
					(reassignTo != null) ? "Step reassigned" : "Step left unassigned", before, step.snapshot());
			this.notifications.stepAssigned(step);
		}
	}

	public void appointLead(Long id, Long personId) {
		requirePerson(personId, "personId");
		Workgroup workgroup = load(id);
		change(workgroup, "Lead appointed", () -> workgroup.appointLead(personId));
	}

	public void removeLead(Long id, Long personId) {
		Workgroup workgroup = load(id);
		change(workgroup, "Lead removed", () -> workgroup.removeLead(personId));
	}

	private void change(Workgroup workgroup, String summary, Runnable change) {
		Map<String, Object> before = workgroup.snapshot();
		change.run();
		this.workgroups.flush();
		this.audit.updated("Workgroup", workgroup.getId(), summary, before, workgroup.snapshot());
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
