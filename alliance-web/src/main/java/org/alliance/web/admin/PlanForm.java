package org.alliance.web.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.plan.PlanDraft;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;

import org.springframework.format.annotation.DateTimeFormat;

/** An administrator's form for a plan. */
public record PlanForm(
		@NotBlank(message = "{plan.name.invalid}") @Size(max = Plan.NAME_MAX,
				message = "{plan.name.invalid}") String name,
		@Size(max = Plan.DESCRIPTION_MAX, message = "{plan.description.invalid}") String description,
		@NotNull(message = "{plan.startDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@NotNull(message = "{plan.endDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
		@NotNull(message = "{plan.status.required}") PlanStatus status, Long version) {

	static PlanForm blank() {
		return new PlanForm("", "", null, null, PlanStatus.DRAFT, null);
	}

	static PlanForm from(Plan plan) {
		return new PlanForm(plan.getName(), plan.getDescription(), plan.getStartDate(), plan.getEndDate(),
				plan.getStatus(), plan.getVersion());
	}

	PlanForm withVersion(long newVersion) {
		return new PlanForm(this.name, this.description, this.startDate, this.endDate, this.status, newVersion);
	}

	PlanDraft draft() {
		return new PlanDraft(this.name, this.description, this.startDate, this.endDate, this.status);
	}

}
