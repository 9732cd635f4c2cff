package org.alliance.domain.impact;

/** An answer to a screening question; "not known" counts as a possible concern. */
public enum ScreeningAnswer {

	YES, NO, UNKNOWN;

	public boolean raisesConcern() {
		return this != NO;
	}

}
