package org.alliance.web.audit;

import java.time.Clock;
import java.util.Map;

import org.alliance.domain.audit.AuditAction;
import org.alliance.domain.audit.AuditEntry;
import org.alliance.persistence.audit.AuditEntryRepository;
import org.alliance.web.security.AllianceUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail in the same transaction as the change it records, so a change
 * and its record commit or fail together. The actor is whoever is signed in.
 */
@Component
public class AuditLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
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

	private void record(AuditAction action, String entityType, Long entityId, String summary,
			Map<String, Object> before, Map<String, Object> after) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Long actorId = null;
		String actorName = "system";
		if (authentication != null && authentication.getPrincipal() instanceof AllianceUser user) {
			actorId = user.personId();
			actorName = user.displayName() + " <" + user.getUsername() + ">";
		}
		this.entries.save(new AuditEntry(this.clock.instant(), actorId, actorName, action, entityType, entityId,
				summary, json(before), json(after)));
	}

	private static String json(Map<String, Object> values) {
		return (values != null) ? JSON.writeValueAsString(values) : null;
	}

}
