package org.alliance.domain.template;

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
 * A plan template an administrator imported or saved from a plan: the checked JSON
 * document and what the list shows of it. A stored version never changes.
 */
@Entity
@Table(name = "plan_template")
public class StoredTemplate {

	/** Where a stored template came from. */
	public enum Origin {

		IMPORTED, SAVED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "template_key", nullable = false, length = 60)
	private String key;

	@Column(nullable = false)
	private int version;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Origin origin;

	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected StoredTemplate() {
	}

	public StoredTemplate(PlanTemplate template, String body, Origin origin, Long createdBy, Instant createdAt) {
		this.key = template.key();
		this.version = template.version();
		this.name = template.name().any();
		this.body = body;
		this.origin = origin;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getKey() {
		return this.key;
	}

	public int getVersion() {
		return this.version;
	}

	public String getName() {
		return this.name;
	}

	public String getBody() {
		return this.body;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
