package org.alliance.domain.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change to plan data, accounts or roles: who made it, when, and the values before
 * and after (as JSON). Entries are immutable and kept for good; the database refuses to
 * alter them.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	public static final int SUMMARY_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Instant at;

	@Column(name = "actor_id", updatable = false)
	private Long actorId;

	@Column(name = "actor_name", nullable = false, updatable = false, length = 254)
	private String actorName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 10)
	private AuditAction action;

	@Column(name = "entity_type", nullable = false, updatable = false, length = 40)
	private String entityType;

	@Column(name = "entity_id", nullable = false, updatable = false)
	private Long entityId;

	@Column(nullable = false, updatable = false, length = SUMMARY_MAX)
	private String summary;

	@Column(name = "before_json", updatable = false)
	private String beforeJson;

	@Column(name = "after_json", updatable = false)
	private String afterJson;

	protected AuditEntry() {
	}

	public AuditEntry(Instant at, Long actorId, String actorName, AuditAction action, String entityType, Long entityId,
			String summary, String beforeJson, String afterJson) {
		this.at = at;
		this.actorId = actorId;
		this.actorName = actorName;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.summary = (summary.length() > SUMMARY_MAX) ? summary.substring(0, SUMMARY_MAX) : summary;
		this.beforeJson = beforeJson;
		this.afterJson = afterJson;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getActorName() {
		return this.actorName;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public Long getEntityId() {
		return this.entityId;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBeforeJson() {
		return this.beforeJson;
	}

	public String getAfterJson() {
		return this.afterJson;
	}

}
