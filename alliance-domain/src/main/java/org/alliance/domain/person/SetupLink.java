package org.alliance.domain.person;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link with which the first administrator chooses a password. Only the hash of
 * the link's secret is kept; the link works once and until it expires.
 */
@Entity
@Table(name = "setup_link")
public class SetupLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected SetupLink() {
	}

	public SetupLink(Long personId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.personId = personId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** Not used yet and not expired. */
	public boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	public void use(Instant now) {
		this.usedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getUsedAt() {
		return this.usedAt;
	}

}
