package org.alliance.domain.audit;

/** What kind of change an audit entry records. */
public enum AuditAction {

	CREATE, UPDATE, DELETE

}
