package org.alliance.domain.workgroup;

/** A person's role inside one workgroup. */
public enum WorkgroupRole {

	/** Creates and assigns the workgroup's steps and manages its members. */
	LEAD,
	/** Updates the workgroup's steps. */
	MEMBER

}
