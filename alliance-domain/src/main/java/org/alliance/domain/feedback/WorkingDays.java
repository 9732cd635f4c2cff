package org.alliance.domain.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Deadlines counted in working days, Monday to Friday (public holidays are not known
 * here, so a deadline over a holiday is a day early, never late).
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * The day {@code days} working days after {@code start}: feedback received on a
	 * Friday with three working days to acknowledge is due by Wednesday.
	 */
	public static LocalDate after(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative");
		}
		LocalDate date = start;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return date;
	}

	/**
	 * Working days from {@code start} (exclusive) to {@code end} (inclusive); 0 if not
	 * after.
	 */
	public static int between(LocalDate start, LocalDate end) {
		int count = 0;
		for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				count++;
			}
		}
		return count;
	}

}
