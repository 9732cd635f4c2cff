package org.alliance.domain.equity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.domain.shared.Dates;

/**
 * One period of an indicator, written {@code 2025-Q1}, {@code 2025-03} or {@code 2025}.
 *
 * @param type month, quarter or year
 * @param start the first day of the period
 */
public record Period(PeriodType type, LocalDate start) implements Comparable<Period> {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	public Period {
		if (type == null || start == null || start.getDayOfMonth() != 1
				|| (type == PeriodType.QUARTER && (start.getMonthValue() - 1) % 3 != 0)
				|| (type == PeriodType.YEAR && start.getMonthValue() != 1)) {
			throw new IllegalArgumentException("a period starts on the first day of its month, quarter or year");
		}
	}

	/**
	 * Reads a period written for the given type.
	 * @throws IllegalArgumentException when the text is not a period of that type
	 */
	public static Period parse(PeriodType type, String text) {
		String value = (text != null) ? text.trim().toUpperCase(Locale.ROOT) : "";
		try {
			Matcher matcher;
			switch (type) {
				case QUARTER -> {
					matcher = QUARTER.matcher(value);
					if (matcher.matches()) {
						int quarter = Integer.parseInt(matcher.group(2));
						return plausible(
								new Period(type, LocalDate.of(Integer.parseInt(matcher.group(1)), quarter * 3 - 2, 1)));
					}
				}
				case MONTH -> {
					matcher = MONTH.matcher(value);
					if (matcher.matches()) {
						return plausible(new Period(type, LocalDate.of(Integer.parseInt(matcher.group(1)),
								Integer.parseInt(matcher.group(2)), 1)));
					}
				}
				case YEAR -> {
					matcher = YEAR.matcher(value);
					if (matcher.matches()) {
						return plausible(new Period(type, LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 1)));
					}
				}
			}
		}
		catch (DateTimeException ex) {
			// falls through to the refusal below
		}
		throw new IllegalArgumentException("not a period of type " + type + ": " + text);
	}

	/** Years such as 0000 are refused like any other text that is not a period. */
	private static Period plausible(Period period) {
		if (!Dates.isPlausible(period.start())) {
			throw new IllegalArgumentException("not a plausible year: " + period.start().getYear());
		}
		return period;
	}

	/** How the period is written in files and forms, e.g. {@code 2025-Q1}. */
	public String code() {
		return switch (this.type) {
			case QUARTER -> this.start.getYear() + "-Q" + ((this.start.getMonthValue() + 2) / 3);
			case MONTH -> String.format("%d-%02d", this.start.getYear(), this.start.getMonthValue());
			case YEAR -> String.valueOf(this.start.getYear());
		};
	}

	public Period next() {
		return switch (this.type) {
			case QUARTER -> new Period(this.type, this.start.plusMonths(3));
			case MONTH -> new Period(this.type, this.start.plusMonths(1));
			case YEAR -> new Period(this.type, this.start.plusYears(1));
		};
	}

	public Period previous() {
		return switch (this.type) {
			case QUARTER -> new Period(this.type, this.start.minusMonths(3));
			case MONTH -> new Period(this.type, this.start.minusMonths(1));
			case YEAR -> new Period(this.type, this.start.minusYears(1));
		};
	}

	/** The period that contains a day. */
	public static Period containing(PeriodType type, LocalDate day) {
		return switch (type) {
			case QUARTER -> new Period(type, LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1));
			case MONTH -> new Period(type, day.withDayOfMonth(1));
			case YEAR -> new Period(type, LocalDate.of(day.getYear(), 1, 1));
		};
	}

	@Override
	public int compareTo(Period other) {
		return this.start.compareTo(other.start);
	}

	@Override
	public String toString() {
		return code();
	}

}
