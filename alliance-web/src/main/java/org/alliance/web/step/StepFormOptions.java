package org.alliance.web.step;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.domain.workgroup.Membership;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.person.PeopleViews;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.workgroup.WorkgroupViews;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices a step form offers: aims of open plans, and the workgroup's people as
 * assignees.
 */
@Component
class StepFormOptions {

	private final WorkgroupViews workgroups;

	private final PeopleViews people;

	private final PlanViews plans;

	StepFormOptions(WorkgroupViews workgroups, PeopleViews people, PlanViews plans) {
		this.workgroups = workgroups;
		this.people = people;
		this.plans = plans;
	}

	public record Option(Long id, String label) {
	}

	public record Options(Workgroup workgroup, List<Option> aims, List<Option> assignees) {
	}

	@Transactional(readOnly = true)
	Options forWorkgroup(Long workgroupId) {
		Workgroup workgroup = this.workgroups.findWithMembers(workgroupId)
			.orElseThrow(() -> new NotFoundException("Workgroup", workgroupId));
		List<Long> memberIds = workgroup.getMemberships().stream().map(Membership::getPersonId).toList();
		List<Option> assignees = this.people.findByIdInOrderByDisplayNameAsc(memberIds)
			.stream()
			.map((p) -> new Option(p.getId(), p.getDisplayName()))
			.toList();
		Map<Long, Plan> openPlans = this.plans.plans()
			.stream()
			.filter((p) -> p.getStatus() != PlanStatus.CLOSED)
			.collect(Collectors.toMap(Plan::getId, Function.identity()));
		List<Option> aimOptions = new ArrayList<>();
		this.plans.aims()
			.stream()
			.filter((a) -> openPlans.containsKey(a.getPlanId()))
			.sorted(Comparator.comparing((Aim a) -> a.getPlanId()).thenComparing(Aim::getNumber))
			.forEach((a) -> aimOptions.add(new Option(a.getId(),
					openPlans.get(a.getPlanId()).getName() + " · " + a.getNumber() + ". " + a.getTitle())));
		return new Options(workgroup, aimOptions, assignees);
	}

}
