package org.alliance.domain.impact;

/** The expected effect of the subject on a group. */
public enum Impact {

	POSITIVE, NEGATIVE, NONE, UNKNOWN;

	/** Negative and unknown effects are the ones mitigations answer. */
	public boolean needsMitigation() {
		return this == NEGATIVE || this == UNKNOWN;
	}

}
