package org.alliance.web.workgroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.application.shared.NotFoundException;
import org.alliance.application.workgroup.WorkgroupService;
import org.alliance.domain.person.Person;
import org.alliance.domain.step.RollUp;
import org.alliance.domain.workgroup.Membership;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.domain.workgroup.WorkgroupRole;
import org.alliance.application.person.PeopleViews;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.progress.ProgressQueries.StepSort;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.security.AccessPolicy;
import org.alliance.web.shared.SortLinks;
import org.jspecify.annotations.Nullable;

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

	private final WorkgroupViews workgroups;

	private final PeopleViews people;

	private final ProgressQueries dashboards;

	private final WorkgroupService service;

	private final AccessPolicy access;

	private final Clock clock;

	WorkgroupController(WorkgroupViews workgroups, PeopleViews people, ProgressQueries dashboards,
			WorkgroupService service, AccessPolicy access, Clock clock) {
		this.clock = clock;
		this.workgroups = workgroups;
		this.people = people;
		this.dashboards = dashboards;
		this.service = service;
		this.access = access;
	}

	public record Summary(Workgroup workgroup, List<Person> leads, int memberCount, RollUp rollUp) {
	}

	static final int PAGE_SIZE = 50;

	@GetMapping("/workgroups")
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		Map<Long, Person> byId = this.people.findAll()
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Long, RollUp> rollUps = this.dashboards.byWorkgroupAcrossPlans();
		List<Summary> summaries = this.workgroups.findAllWithMembers().stream().map((w) -> {
			List<Person> leads = w.getMemberships()
				.stream()
				.filter((m) -> m.getRole() == WorkgroupRole.LEAD)
				.map((m) -> byId.get(m.getPersonId()))
				.sorted(Comparator.comparing(Person::getDisplayName))
				.toList();
			return new Summary(w, leads, w.getMemberships().size(),
					rollUps.getOrDefault(w.getId(), RollUp.of(List.of())));
		}).toList();
		model.addAttribute("summaries", summaries);
		return "workgroups/list";
	}

	@GetMapping("/workgroups/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(name = "sort", required = false) @Nullable String sortBy,
			@RequestParam(name = "dir", required = false) @Nullable String direction, Authentication authentication,
			Model model) {
		StepSort sort = StepSort.of(sortBy, direction);
		Workgroup workgroup = this.workgroups.findWithMembers(id)
			.orElseThrow(() -> new NotFoundException("Workgroup", id));
		List<Long> ids = workgroup.getMemberships().stream().map(Membership::getPersonId).toList();
		List<Person> people = this.people.findByIdInOrderByDisplayNameAsc(ids);
		RollUp rollUp = this.dashboards.ofWorkgroup(id);
		long total = rollUp.counted() + rollUp.notApplicable();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		model.addAttribute("workgroup", workgroup);
		model.addAttribute("leads", people.stream().filter((p) -> workgroup.isLead(p.getId())).toList());
		model.addAttribute("members", people.stream().filter((p) -> !workgroup.isLead(p.getId())).toList());
		model.addAttribute("steps", this.dashboards.rowsOfWorkgroup(id, sort, current * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("sort", sort);
		model.addAttribute("sortBase", SortLinks.sortBase("/workgroups/" + id));
		model.addAttribute("rollUp", rollUp);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("pageUrl", SortLinks.pageBase("/workgroups/" + id, sort));
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
		model.addAttribute("today", LocalDate.now(this.clock));
		return "workgroups/show";
	}

	@PostMapping("/workgroups/{id}/members")
	@PreAuthorize("@access.canManageWorkgroup(authentication, #id)")
	String addMember(@PathVariable Long id, @RequestParam(required = false) Long personId,
			RedirectAttributes redirect) {
		return MembershipChanges.apply(id, redirect, "workgroup.member.added",
				() -> this.service.addMember(id, personId));
	}

	/**
	 * Before a member is removed: what follows, and who takes over their open steps (the
	 * others of the workgroup, or nobody).
	 */
	@GetMapping("/workgroups/{id}/members/{personId}/remove")
	@PreAuthorize("@access.canRemoveMember(authentication, #id, #personId)")
	String confirmRemoval(@PathVariable Long id, @PathVariable Long personId, Model model) {
		Workgroup workgroup = this.workgroups.findWithMembers(id)
			.orElseThrow(() -> new NotFoundException("Workgroup", id));
		if (!workgroup.includes(personId)) {
			throw new NotFoundException("Member", personId);
		}
		Person person = this.people.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
		List<Long> others = workgroup.getMemberships()
			.stream()
			.map(Membership::getPersonId)
			.filter((other) -> !other.equals(personId))
			.toList();
		model.addAttribute("workgroup", workgroup);
		model.addAttribute("person", person);
		model.addAttribute("openSteps", this.service.openStepsOf(id, personId));
		model.addAttribute("others", this.people.findByIdInOrderByDisplayNameAsc(others));
		return "workgroups/remove-member";
	}

	@PostMapping("/workgroups/{id}/members/{personId}/remove")
	@PreAuthorize("@access.canRemoveMember(authentication, #id, #personId)")
	String removeMember(@PathVariable Long id, @PathVariable Long personId,
			@RequestParam(required = false) Long reassignTo, RedirectAttributes redirect) {
		return MembershipChanges.apply(id, redirect, "workgroup.member.removed",
				() -> this.service.removeMember(id, personId, reassignTo));
	}

}
