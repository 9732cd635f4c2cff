package org.alliance.domain.shared;

import java.time.LocalDate;

/**
 * The dates a plan can sensibly hold. Anything outside (year 0, year 99999, the largest
 * date Java can write) is a typing slip or a probe, and PostgreSQL could not store some
 * of them anyway.
 */
public final class Dates {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2199;

	private Dates() {
	}

	public static boolean isPlausible(LocalDate date) {
		return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
	}

}
