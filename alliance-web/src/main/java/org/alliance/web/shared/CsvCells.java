package org.alliance.web.shared;

/** Makes text safe to put in a CSV cell that a spreadsheet will open. */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * Cells a spreadsheet would run as a formula are prefixed with a quote (CSV
	 * injection).
	 */
	public static String safe(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
