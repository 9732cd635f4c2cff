package org.alliance.domain.feedback;

/** What became of what the person said. */
public enum Outcome {

	TAKEN_FORWARD, PARTLY, NOT_TAKEN_FORWARD

}
