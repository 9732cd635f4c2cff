package org.alliance.application.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.alliance.domain.step.StepAttention;
import org.alliance.domain.step.StepStatus;
import org.alliance.application.progress.StepRow;
import org.jspecify.annotations.Nullable;

/**
 * A step as a message lists it: its names, due date, progress and why it is listed
 * ({@code overdue}, {@code dueSoon}, {@code atRisk}, {@code stale}).
 */
public record MailItem(long id, String title, String workgroupName, int aimNumber, String aimTitle,
		@Nullable LocalDate dueDate, StepStatus status, int percent, @Nullable String assigneeName,
		List<String> reasons, long daysOverdue) {

	static MailItem of(StepRow row, LocalDate today, ZoneId zone) {
		List<String> reasons = new ArrayList<>();
		if (row.isOverdue(today)) {
			reasons.add("overdue");
		}
		if (row.isDueSoon(today)) {
			reasons.add("dueSoon");
		}
		if (StepAttention.AT_RISK.contains(row.status())) {
			reasons.add("atRisk");
		}
		LocalDate lastUpdate = (row.lastUpdateAt() != null) ? LocalDate.ofInstant(row.lastUpdateAt(), zone) : null;
		if (StepAttention.isStale(row.status(), lastUpdate, row.startDate(), today)) {
			reasons.add("stale");
		}
		long daysOverdue = row.isOverdue(today) ? ChronoUnit.DAYS.between(row.dueDate(), today) : 0;
		return new MailItem(row.id(), row.title(), row.workgroupName(), row.aimNumber(), row.aimTitle(), row.dueDate(),
				row.status(), row.percent(), row.assigneeName(), List.copyOf(reasons), daysOverdue);
	}

}
