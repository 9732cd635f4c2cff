package org.alliance.domain.impact;

/**
 * The reviewer's decision. {@link #REVISE} returns the analysis to its team; the others
 * sign it off.
 */
public enum Decision {

	PROCEED, PROCEED_WITH_MITIGATIONS, REVISE, STOP;

	public boolean signsOff() {
		return this != REVISE;
	}

}
