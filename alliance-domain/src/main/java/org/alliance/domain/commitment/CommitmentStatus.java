package org.alliance.domain.commitment;

/** Whether a pledge is still being honoured. */
public enum CommitmentStatus {

	ACTIVE, KEPT, NOT_KEPT, WITHDRAWN

}
