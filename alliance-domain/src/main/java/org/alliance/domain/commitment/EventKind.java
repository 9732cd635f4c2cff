package org.alliance.domain.commitment;

/** What sort of occasion an event recorded against a commitment was. */
public enum EventKind {

	PANEL, BOARD, CONFERENCE, COMMITTEE, OTHER

}
