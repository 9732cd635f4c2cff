package org.alliance.application.person;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.alliance.application.audit.AuditLog;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SetupLink;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.person.SetupLinkRepository;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of an empty installation. With {@code ALLIANCE_ADMIN_EMAIL} set
 * and no administrator set up, the app opens (or reuses) that person's account as an
 * administrator with no usable password and issues a one-time link with which they choose
 * one. A link works once, until it expires, and only while no other administrator is set
 * up; once one is, nothing is issued any more.
 */
@Service
@Transactional
public class FirstAdministrator {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PersonRepository people;

	private final SetupLinkRepository links;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final AuditLog audit;

	private final Clock clock;

	FirstAdministrator(PersonRepository people, SetupLinkRepository links, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, AuditLog audit, Clock clock) {
		this.people = people;
		this.links = links;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.audit = audit;
		this.clock = clock;
	}

	/** A link just issued: its secret (only ever in the log), for whom, until when. */
	public record Issued(String token, String email, Instant expiresAt) {
	}

	/** Whether an enabled administrator exists who has chosen a password. */
	@Transactional(readOnly = true)
	public boolean administratorExists() {
		return this.links.anAdministratorIsSetUp();
	}

	/**
	 * Opens the account of {@code email} as an administrator if no administrator is set
	 * up yet, and issues a new one-time link for it valid for {@code validity}; empty
	 * when an administrator already exists.
	 */
	public Optional<Issued> prepare(String email, String displayName, Duration validity) {
		this.links.lockSetup();
		if (this.links.anAdministratorIsSetUp()) {
			return Optional.empty();
		}
		String address = Person.normaliseEmail(email);
		Instant now = this.clock.instant();
		Person person = this.people.findByEmail(address).orElse(null);
		if (person == null) {
			String name = (displayName == null || displayName.isBlank()) ? address.substring(0, address.indexOf('@'))
					: displayName.trim();
			// nobody knows this password: the link is the only way in
			person = this.people
				.save(new Person(address, name, this.passwordEncoder.encode(secret()), SystemRole.ADMIN, now));
			this.audit.created("Person", person.getId(), "First administrator opened from configuration",
					person.snapshot());
		}
		else if (person.getRole() != SystemRole.ADMIN || !person.isEnabled()) {
			Map<String, Object> before = person.snapshot();
			person.changeRole(SystemRole.ADMIN);
			person.enable();
			this.people.flush();
			this.audit.updated("Person", person.getId(), "Made the first administrator from configuration", before,
					person.snapshot());
		}
		String token = secret();
		this.links.save(new SetupLink(person.getId(), hash(token), now, now.plus(validity)));
		return Optional.of(new Issued(token, address, now.plus(validity)));
	}

	/**
	 * The person a usable link is for; empty when the link is unknown, used, expired or
	 * too late.
	 */
	@Transactional(readOnly = true)
	public Optional<Person> personFor(String token) {
		return usable(token).flatMap((link) -> this.people.findById(link.getPersonId()));
	}

	/**
	 * The person behind a usable link chooses their name and password; the link and any
	 * other link of theirs stop working.
	 */
	public Person complete(String token, String displayName, String password) {
		this.links.lockSetup();
		SetupLink link = usable(token).orElseThrow(() -> new DomainRuleException("setup.link.invalid"));
		Person person = this.people.findById(link.getPersonId())
			.orElseThrow(() -> new DomainRuleException("setup.link.invalid"));
		this.passwordPolicy.check(password, person.getEmail(), displayName).ifPresent((key) -> {
			throw new DomainRuleException(key, "password");
		});
		Map<String, Object> before = person.snapshot();
		person.rename(displayName);
		person.changePasswordHash(this.passwordEncoder.encode(password));
		Instant now = this.clock.instant();
		for (SetupLink open : this.links.findByPersonIdAndUsedAtIsNull(person.getId())) {
			open.use(now);
		}
		this.people.flush();
		this.audit.updated("Person", person.getId(), "First administrator chose a password through the setup link",
				before, person.snapshot());
		return person;
	}

	private Optional<SetupLink> usable(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.links.findByTokenHash(hash(token))
			.filter((link) -> link.isUsable(this.clock.instant()))
			.filter((link) -> !this.links.anotherAdministratorIsSetUp(link.getPersonId()));
	}

	private static String secret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
