package org.alliance.web.api;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.workgroup.WorkgroupService;
import org.alliance.domain.person.Person;
import org.alliance.domain.step.RollUp;
import org.alliance.domain.workgroup.Membership;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.domain.workgroup.WorkgroupRole;
import org.alliance.application.person.PeopleViews;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.api.ApiViews.Progress;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Workgroups with their members and leads; administrators appoint and remove leads. */
@RestController
@RequestMapping(path = "/api/v1/workgroups", produces = "application/json")
@Tag(name = "Workgroups", description = "Workgroups, their members, and lead assignment")
class WorkgroupsApi {

	private final WorkgroupViews workgroups;

	private final PeopleViews people;

	private final ProgressQueries queries;

	private final WorkgroupService service;

	WorkgroupsApi(WorkgroupViews workgroups, PeopleViews people, ProgressQueries queries, WorkgroupService service) {
		this.workgroups = workgroups;
		this.people = people;
		this.queries = queries;
		this.service = service;
	}

	record Member(long personId, String name, WorkgroupRole role) {
	}

	/**
	 * A workgroup: its charge, its progress across every plan, its members (leads first).
	 */
	record WorkgroupView(long id, String name, String charge, Progress progress, List<Member> members, String href) {
	}

	record LeadAppointment(@NotNull(message = "{api.personId.required}") @Nullable Long personId) {
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "listWorkgroups", summary = "Workgroups by name")
	ApiPage<WorkgroupView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, HttpServletRequest request) {
		Paging paging = Paging.of(page, size);
		List<Workgroup> all = this.workgroups.findAllWithMembers()
			.stream()
			.sorted(Comparator.comparing(Workgroup::getName, String.CASE_INSENSITIVE_ORDER))
			.toList();
		// the names of the members of this page's workgroups only, not of everyone
		List<Long> members = ApiPage.window(all, paging)
			.stream()
			.flatMap((w) -> w.getMemberships().stream().map(Membership::getPersonId))
			.distinct()
			.toList();
		Map<Long, Person> byId = this.people.findByIdInOrderByDisplayNameAsc(members)
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Long, RollUp> rollUps = this.queries.byWorkgroupAcrossPlans();
		return ApiPage.slice(all, paging, (w) -> view(w, byId, rollUps.get(w.getId())), request);
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "getWorkgroup", summary = "A workgroup with its members")
	WorkgroupView workgroup(@PathVariable long id) {
		return view(id);
	}

	@PostMapping(path = "/{id}/leads", consumes = "application/json")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(operationId = "appointLead", summary = "Appoints a person as a lead of the workgroup (administrators)")
	WorkgroupView appointLead(@PathVariable long id, @Valid @RequestBody LeadAppointment body) {
		this.service.appointLead(id, body.personId());
		return view(id);
	}

	@DeleteMapping("/{id}/leads/{personId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(operationId = "removeLead", summary = "Removes a lead (who stays a member) (administrators)")
	WorkgroupView removeLead(@PathVariable long id, @PathVariable long personId) {
		this.service.removeLead(id, personId);
		return view(id);
	}

	private WorkgroupView view(long id) {
		Workgroup workgroup = this.workgroups.findWithMembers(id)
			.orElseThrow(() -> new NotFoundException("Workgroup", id));
		Collection<Long> ids = workgroup.getMemberships().stream().map(Membership::getPersonId).toList();
		Map<Long, Person> byId = this.people.findByIdInOrderByDisplayNameAsc(ids)
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		return view(workgroup, byId, this.queries.ofWorkgroup(id));
	}

	private static WorkgroupView view(Workgroup workgroup, Map<Long, Person> people, @Nullable RollUp rollUp) {
		List<Member> members = workgroup.getMemberships()
			.stream()
			.filter((m) -> people.containsKey(m.getPersonId()))
			.map((m) -> new Member(m.getPersonId(), people.get(m.getPersonId()).getDisplayName(), m.getRole()))
			.sorted(Comparator.comparing(Member::role).thenComparing(Member::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new WorkgroupView(workgroup.getId(), workgroup.getName(),
				(workgroup.getCharge() != null) ? workgroup.getCharge() : "",
				Progress.of((rollUp != null) ? rollUp : new RollUp(0, 0, 0, 0, 0)), members,
				"/api/v1/workgroups/" + workgroup.getId());
	}

}
