package org.alliance.application.plan;

import java.time.LocalDate;

import org.alliance.domain.plan.PlanStatus;

/** What an administrator says about a plan when creating or revising it. */
public record PlanDraft(String name, String description, LocalDate startDate, LocalDate endDate, PlanStatus status) {
}
