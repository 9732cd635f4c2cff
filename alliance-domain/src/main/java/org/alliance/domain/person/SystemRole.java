package org.alliance.domain.person;

/** What a person may do across the whole system, independent of their workgroups. */
public enum SystemRole {

	/** Manages people, workgroups, plans and aims. */
	ADMIN,
	/** Reads everything, changes nothing. */
	LEADERSHIP,
	/** Works on action steps through the workgroups they belong to. */
	STAFF

}
