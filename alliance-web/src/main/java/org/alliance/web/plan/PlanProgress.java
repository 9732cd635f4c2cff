package org.alliance.web.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.RollUp;
import org.alliance.domain.step.StepStatus;
import org.alliance.persistence.step.StepRow;

/**
 * A plan's progress worked out from its step rows: overall, by aim and by workgroup, with
 * the roll-up rule of the product (weighted mean, not-applicable left out, no update
 * counts as 0%).
 */
public record PlanProgress(Plan plan, RollUp overall, List<AimProgress> aims, List<WorkgroupProgress> workgroups,
		Map<StepStatus, Long> byStatus, List<StepRow> overdue) {

	public record AimProgress(Aim aim, RollUp rollUp, List<StepRow> steps) {
	}

	public record WorkgroupProgress(Long id, String name, RollUp rollUp, int steps) {
	}

	/**
	 * @param shown which steps to list under each aim; roll-ups always count every step
	 * so that a filter never changes the figures
	 */
	public static PlanProgress of(Plan plan, List<Aim> aims, List<StepRow> rows, LocalDate today,
			Predicate<StepRow> shown) {
		List<AimProgress> aimProgress = new ArrayList<>();
		for (Aim aim : aims) {
			List<StepRow> ofAim = rows.stream().filter((r) -> r.aimId().equals(aim.getId())).toList();
			aimProgress.add(new AimProgress(aim, rollUp(ofAim), ofAim.stream().filter(shown).toList()));
		}
		Map<Long, List<StepRow>> byWorkgroup = new LinkedHashMap<>();
		rows.stream()
			.sorted(java.util.Comparator.comparing(StepRow::workgroupName))
			.forEach((r) -> byWorkgroup.computeIfAbsent(r.workgroupId(), (k) -> new ArrayList<>()).add(r));
		List<WorkgroupProgress> workgroupProgress = byWorkgroup.values()
			.stream()
			.map((list) -> new WorkgroupProgress(list.get(0).workgroupId(), list.get(0).workgroupName(), rollUp(list),
					list.size()))
			.toList();
		Map<StepStatus, Long> byStatus = new EnumMap<>(StepStatus.class);
		for (StepStatus status : StepStatus.values()) {
			byStatus.put(status, rows.stream().filter((r) -> r.status() == status).count());
		}
		List<StepRow> overdue = rows.stream()
			.filter((r) -> r.isOverdue(today))
			.sorted(java.util.Comparator.comparing(StepRow::dueDate))
			.toList();
		return new PlanProgress(plan, rollUp(rows), aimProgress, workgroupProgress, byStatus, overdue);
	}

	public static RollUp rollUp(List<StepRow> rows) {
		return RollUp.of(rows.stream().map(StepRow::rollUpInput).toList());
	}

	public int stepCount() {
		return this.byStatus.values().stream().mapToInt(Long::intValue).sum();
	}

}
