package org.alliance.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.domain.step.RollUp;
import org.alliance.domain.step.StepStatus;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.progress.StepRow;
import org.alliance.application.progress.UpdateRow;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the plan resources. */
final class ApiViews {

	private ApiViews() {
	}

	/** Something named, referred to from another resource. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Ref(long id, String name, @Nullable String href) {
	}

	record PlanSummary(long id, String name, PlanStatus status, LocalDate startDate, @Nullable LocalDate endDate,
			String href) {

		static PlanSummary of(Plan plan) {
			return new PlanSummary(plan.getId(), plan.getName(), plan.getStatus(), plan.getStartDate(),
					plan.getEndDate(), "/api/v1/plans/" + plan.getId());
		}

	}

	/**
	 * A roll-up: the weighted percent complete, how many steps count towards it, their
	 * total weight, how many are not applicable (left out) and how many have no update
	 * yet (counted as 0%).
	 */
	record Progress(int percent, int stepsCounted, int totalWeight, int notApplicable, int withoutUpdate) {

		static Progress of(RollUp rollUp) {
			return new Progress(rollUp.percent(), rollUp.counted(), rollUp.totalWeight(), rollUp.notApplicable(),
					rollUp.withoutUpdate());
		}

	}

	record AimView(long id, int number, String title, String description, @Nullable Progress progress, String href) {

		static AimView of(Aim aim, @Nullable Progress progress) {
			return new AimView(aim.getId(), aim.getNumber(), aim.getTitle(),
					(aim.getDescription() != null) ? aim.getDescription() : "", progress,
					"/api/v1/aims/" + aim.getId());
		}

	}

	record PlanDetail(long id, String name, String description, PlanStatus status, LocalDate startDate,
			@Nullable LocalDate endDate, Progress progress, List<AimView> aims, List<Ref> workgroups, String steps) {
	}

	record AimDetail(long id, long planId, int number, String title, String description, @Nullable Progress progress,
			String plan, String steps) {
	}

	record StepView(long id, String title, StepStatus status, int percent, @Nullable LocalDate startDate,
			@Nullable LocalDate dueDate, boolean overdue, @Nullable Instant lastUpdateAt, int weight, long planId,
			Ref aim, Ref workgroup, @Nullable Ref assignee, String href) {

		static StepView of(StepRow row, LocalDate today) {
			return new StepView(row.id(), row.title(), row.status(), row.percent(), row.startDate(), row.dueDate(),
					row.isOverdue(today), row.lastUpdateAt(), row.weight(), row.planId(),
					new Ref(row.aimId(), row.aimNumber() + ". " + row.aimTitle(), "/api/v1/aims/" + row.aimId()),
					new Ref(row.workgroupId(), row.workgroupName(), "/api/v1/workgroups/" + row.workgroupId()),
					(row.assigneeId() != null) ? new Ref(row.assigneeId(), row.assigneeName(), null) : null,
					"/api/v1/action-steps/" + row.id());
		}

	}

	/** One progress update of a step's history. */
	record UpdateView(long id, Instant recordedAt, @Nullable Ref author, StepStatus fromStatus, StepStatus toStatus,
			int fromPercent, int toPercent, String narrative) {

		static UpdateView of(UpdateRow row) {
			return new UpdateView(row.id(), row.recordedAt(),
					(row.authorId() != null) ? new Ref(row.authorId(), row.authorName(), null) : null, row.fromStatus(),
					row.toStatus(), row.fromPercent(), row.toPercent(),
					(row.narrative() != null) ? row.narrative() : "");
		}

	}

	/**
	 * A step with its version (send it back with a progress update) and its history,
	 * newest first.
	 */
	record StepDetail(long version, String description, StepView step, List<UpdateView> history) {
	}

	static List<AimView> aims(List<Aim> aims, ProgressQueries.Summary summary) {
		return aims.stream()
			.map((a) -> AimView.of(a,
					summary.aims()
						.stream()
						.filter((g) -> a.getId().equals(g.id()))
						.findFirst()
						.map((g) -> Progress.of(g.rollUp()))
						.orElse(null)))
			.toList();
	}

}
