package org.alliance.web.workgroup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.domain.person.Person;
import org.alliance.domain.workgroup.Membership;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.domain.workgroup.WorkgroupRole;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.step.StepQueries;
import org.alliance.persistence.step.StepRow;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.alliance.web.plan.PlanProgress;
import org.alliance.web.security.AccessPolicy;
import org.alliance.web.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Workgroups: the list, each workgroup's page, and its lead's management of members. */
@Controller
class WorkgroupController {

	private final WorkgroupRepository workgroups;

	private final PersonRepository people;

	private final StepQueries queries;

	private final WorkgroupService service;

	private final AccessPolicy access;

	private final java.time.Clock clock;

	WorkgroupController(WorkgroupRepository workgroups, PersonRepository people, StepQueries queries,
			WorkgroupService service, AccessPolicy access, java.time.Clock clock) {
		this.clock = clock;
		this.workgroups = workgroups;
		this.people = people;
		this.queries = queries;
		this.service = service;
		this.access = access;
	}

	public record Summary(Workgroup workgroup, List<Person> leads, int memberCount,
			PlanProgress.WorkgroupProgress progress) {
	}

	@GetMapping("/workgroups")
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		Map<Long, Person> byId = this.people.findAll()
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Long, List<StepRow>> rowsByWorkgroup = new HashMap<>();
		this.queries.allRows()
			.forEach(
					(r) -> rowsByWorkgroup.computeIfAbsent(r.workgroupId(), (k) -> new java.util.ArrayList<>()).add(r));
		List<Summary> summaries = this.workgroups.findAllWithMembers().stream().map((w) -> {
			List<StepRow> rows = rowsByWorkgroup.getOrDefault(w.getId(), List.of());
			List<Person> leads = w.getMemberships()
				.stream()
				.filter((m) -> m.getRole() == WorkgroupRole.LEAD)
				.map((m) -> byId.get(m.getPersonId()))
				.sorted(java.util.Comparator.comparing(Person::getDisplayName))
				.toList();
			return new Summary(w, leads, w.getMemberships().size(),
					new PlanProgress.WorkgroupProgress(w.getId(), w.getName(), PlanProgress.rollUp(rows), rows.size()));
		}).toList();
		model.addAttribute("summaries", summaries);
		return "workgroups/list";
	}

	@GetMapping("/workgroups/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long id, Authentication authentication, Model model) {
		Workgroup workgroup = this.workgroups.findWithMembers(id)
			.orElseThrow(() -> new NotFoundException("Workgroup", id));
		List<Long> ids = workgroup.getMemberships().stream().map(Membership::getPersonId).toList();
		List<Person> people = this.people.findByIdInOrderByDisplayNameAsc(ids);
		List<StepRow> rows = this.queries.rowsOfWorkgroup(id);
		model.addAttribute("workgroup", workgroup);
		model.addAttribute("leads", people.stream().filter((p) -> workgroup.isLead(p.getId())).toList());
		model.addAttribute("members", people.stream().filter((p) -> !workgroup.isLead(p.getId())).toList());
		model.addAttribute("steps", rows);
		model.addAttribute("rollUp", PlanProgress.rollUp(rows));
		boolean canManage = this.access.canManageWorkgroup(authentication, id);
		model.addAttribute("canManage", canManage);
		model.addAttribute("isAdmin", this.access.isAdmin(authentication));
		if (canManage) {
			model.addAttribute("candidates",
					this.people.findAllByOrderByDisplayNameAsc()
						.stream()
						.filter((p) -> p.isEnabled() && !workgroup.includes(p.getId()))
						.toList());
		}
		model.addAttribute("today", java.time.LocalDate.now(this.clock));
		return "workgroups/show";
	}

	@PostMapping("/workgroups/{id}/members")
	@PreAuthorize("@access.canManageWorkgroup(authentication, #id)")
	String addMember(@PathVariable Long id, @RequestParam(required = false) Long personId,
			RedirectAttributes redirect) {
		return MembershipChanges.apply(id, redirect, "workgroup.member.added",
				() -> this.service.addMember(id, personId));
	}

	@PostMapping("/workgroups/{id}/members/{personId}/remove")
	@PreAuthorize("@access.canRemoveMember(authentication, #id, #personId)")
	String removeMember(@PathVariable Long id, @PathVariable Long personId, RedirectAttributes redirect) {
		return MembershipChanges.apply(id, redirect, "workgroup.member.removed",
				() -> this.service.removeMember(id, personId));
	}

}
