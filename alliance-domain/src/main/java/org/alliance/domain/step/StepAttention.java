package org.alliance.domain.step;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a step needs someone's attention: the one definition of open, overdue, due soon,
 * at risk and stale that pages, dashboards, exports and the database queries share.
 */
public final class StepAttention {

	/** Days within which an open step's due date counts as due soon. */
	public static final int DUE_SOON_DAYS = 14;

	/**
	 * Days without an update after which an open step is stale (a step never updated is
	 * stale that long after it started, or after today when it has no start date).
	 */
	public static final int STALE_AFTER_DAYS = 30;

	/** Statuses of steps that are finished with: never overdue, due or stale. */
	public static final Set<StepStatus> CLOSED = statuses(true);

	/** Statuses that say a step is in trouble. */
	public static final Set<StepStatus> AT_RISK = EnumSet.of(StepStatus.AT_RISK, StepStatus.BLOCKED);

	private StepAttention() {
	}

	public static boolean isOpen(StepStatus status) {
		return !CLOSED.contains(status);
	}

	public static boolean isOverdue(StepStatus status, LocalDate dueDate, LocalDate today) {
		return isOpen(status) && dueDate != null && dueDate.isBefore(today);
	}

	public static boolean isDueSoon(StepStatus status, LocalDate dueDate, LocalDate today) {
		return isOpen(status) && dueDate != null && !dueDate.isBefore(today)
				&& !dueDate.isAfter(today.plusDays(DUE_SOON_DAYS));
	}

	/**
	 * @param lastUpdate the day of the latest update, or {@code null} if there is none
	 */
	public static boolean isStale(StepStatus status, LocalDate lastUpdate, LocalDate startDate, LocalDate today) {
		LocalDate staleBefore = staleBefore(today);
		if (!isOpen(status)) {
			return false;
		}
		return (lastUpdate != null) ? lastUpdate.isBefore(staleBefore)
				: !((startDate != null) ? startDate : today).isAfter(staleBefore);
	}

	/** Updates before this day are too old to keep a step fresh. */
	public static LocalDate staleBefore(LocalDate today) {
		return today.minusDays(STALE_AFTER_DAYS);
	}

	private static Set<StepStatus> statuses(boolean closed) {
		EnumSet<StepStatus> set = EnumSet.noneOf(StepStatus.class);
		for (StepStatus status : StepStatus.values()) {
			if (status.isClosed() == closed) {
				set.add(status);
			}
		}
		return set;
	}

}
