package org.alliance.domain.step;

/**
 * Where an action step stands. Every value has a text label in the interface, never
 * colour alone.
 */
public enum StepStatus {

	NOT_STARTED, IN_PROGRESS, AT_RISK, BLOCKED, COMPLETED, NOT_APPLICABLE;

	/**
	 * At risk and blocked updates must say why, so readers know what help is needed; a
	 * step withdrawn as not applicable must give the reason, which stays in its history.
	 */
	public boolean requiresNarrative() {
		return this == AT_RISK || this == BLOCKED || this == NOT_APPLICABLE;
	}

	/** Closed steps are never overdue and need no further updates. */
	public boolean isClosed() {
		return this == COMPLETED || this == NOT_APPLICABLE;
	}

	public boolean needsAttention() {
		return this == AT_RISK || this == BLOCKED;
	}

}
