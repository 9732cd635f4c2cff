package org.alliance.application.audit;

import java.time.Clock;
import java.util.Map;

import org.alliance.domain.audit.AuditAction;
import org.alliance.domain.audit.AuditEntry;
import org.alliance.persistence.audit.AuditEntryRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail in the same transaction as the change it records, so a change
 * and its record commit or fail together. The actor is whoever {@link CurrentActor} says.
 */
@Component
public class AuditLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditEntryRepository entries;

	private final Clock clock;

	private final CurrentActor actor;

	AuditLog(AuditEntryRepository entries, Clock clock, CurrentActor actor) {
		this.entries = entries;
		this.clock = clock;
		this.actor = actor;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void created(String entityType, Long entityId, String summary, Map<String, Object> after) {
		record(AuditAction.CREATE, entityType, entityId, summary, null, after);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void updated(String entityType, Long entityId, String summary, Map<String, Object> before,
			Map<String, Object> after) {
		record(AuditAction.UPDATE, entityType, entityId, summary, before, after);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void deleted(String entityType, Long entityId, String summary, Map<String, Object> before) {
		record(AuditAction.DELETE, entityType, entityId, summary, before, null);
	}

	/**
	 * Records that someone read data whose reading is itself recorded; {@code what} names
	 * what was read (never the data itself).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void viewed(String entityType, Long entityId, String summary, Map<String, Object> what) {
		record(AuditAction.VIEW, entityType, entityId, summary, null, what);
	}

	private void record(AuditAction action, String entityType, Long entityId, String summary,
			Map<String, Object> before, Map<String, Object> after) {
		Actor who = this.actor.get();
		this.entries.save(new AuditEntry(this.clock.instant(), who.personId(), who.name(), action, entityType, entityId,
				summary, json(before), json(after)));
	}

	private static String json(Map<String, Object> values) {
		return (values != null) ? JSON.writeValueAsString(values) : null;
	}

}
