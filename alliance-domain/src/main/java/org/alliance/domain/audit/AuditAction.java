package org.alliance.domain.audit;

/** What kind of change an audit entry records. */
public enum AuditAction {

	CREATE, UPDATE, DELETE,

	/**
	 * Data whose reading is itself recorded was read (a feedback sender's contact
	 * details).
	 */
	VIEW

}
