package org.alliance.web.shared;

import org.alliance.application.progress.ProgressQueries.StepSort;

/**
 * The addresses a sortable list of steps links to: column headers that sort (keeping the
 * filters, back to the first page) and pages that keep both the filters and the sort.
 */
public final class SortLinks {

	private SortLinks() {
	}

	/**
	 * The list's address with its filters, ready for {@code sort=...&dir=...}.
	 * @param filtered the path with the filters' query, if any
	 */
	public static String sortBase(String filtered) {
		return filtered + (filtered.contains("?") ? "&" : "?");
	}

	/** The list's address with its filters and its sort, ready for a page number. */
	public static String pageBase(String filtered, StepSort sort) {
		return pageBase(filtered, sort.by().name(), sort.descending(), sort.isDefault());
	}

	/**
	 * The list's address with its filters and a sort by this column, ready for a page
	 * number (the default sort is left out of the address).
	 */
	public static String pageBase(String filtered, String by, boolean descending, boolean isDefault) {
		String base = sortBase(filtered);
		if (!isDefault) {
			base += "sort=" + by + "&dir=" + (descending ? "desc" : "asc") + "&";
		}
		return base + "page=";
	}

}
