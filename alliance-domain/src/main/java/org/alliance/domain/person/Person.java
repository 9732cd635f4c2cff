package org.alliance.domain.person;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;

/**
 * Someone with an account: a workgroup member or lead, an administrator or a reader from
 * leadership. The account can be disabled but never deleted, so history stays
 * attributable.
 */
@Entity
@Table(name = "person")
public class Person {

	public static final int EMAIL_MAX = 254;

	public static final int NAME_MAX = 120;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = EMAIL_MAX)
	private String email;

	@Column(name = "display_name", nullable = false, length = NAME_MAX)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "system_role", nullable = false, length = 20)
	private SystemRole role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(length = 5)
	private String language;

	protected Person() {
	}

	public Person(String email, String displayName, String passwordHash, SystemRole role, Instant createdAt) {
		this.email = normaliseEmail(email);
		this.displayName = requireName(displayName);
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	public static String normaliseEmail(String email) {
		String trimmed = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		if (trimmed.isEmpty() || trimmed.length() > EMAIL_MAX || !trimmed.contains("@") || !Names.isSingleLine(trimmed)
				|| trimmed.chars().anyMatch(Character::isWhitespace)) {
			throw new DomainRuleException("person.email.invalid", "email");
		}
		return trimmed;
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank() || name.length() > NAME_MAX) {
			throw new DomainRuleException("person.name.invalid", "displayName");
		}
		if (!Names.isClean(name)) {
			throw new DomainRuleException("person.name.hiddenCharacters", "displayName");
		}
		return name.trim();
	}

	public void rename(String displayName) {
		this.displayName = requireName(displayName);
	}

	public void changeRole(SystemRole role) {
		this.role = role;
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	/** The languages the interface speaks. */
	public static final List<String> LANGUAGES = List.of("en", "es");

	public void preferLanguage(String language) {
		if (language != null && !LANGUAGES.contains(language)) {
			throw new DomainRuleException("person.language.unsupported", "language");
		}
		this.language = language;
	}

	/** The preferred language, or {@code null} to follow the browser. */
	public String getLanguage() {
		return this.language;
	}

	/** The account as the audit trail records it; never the password hash. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("email", this.email);
		values.put("displayName", this.displayName);
		values.put("role", this.role);
		values.put("enabled", this.enabled);
		values.put("language", this.language);
		return values;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public SystemRole getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
