package org.alliance.application.person;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.application.token.AccessTokenStore;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration and self-service: create accounts, set their system role,
 * disable and enable them, set passwords. Disabling an account or resetting its password
 * ends its sessions at once, on every app instance, since sessions live in the shared
 * database.
 */
@Service
@Transactional
public class PersonService {

	private final PersonRepository people;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SignedInSessions sessions;

	private final AuditLog audit;

	private final Clock clock;

	private final AccessTokenStore tokens;

	PersonService(PersonRepository people, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			SignedInSessions sessions, AuditLog audit, Clock clock, AccessTokenStore tokens) {
		this.tokens = tokens;
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	public Person create(NewAccount form) {
		String email = Person.normaliseEmail(form.email());
		if (this.people.existsByEmail(email)) {
			throw new DomainRuleException("person.email.taken", "email");
		}
		checkPassword(form.password(), email, form.displayName(), "password");
		Person person = this.people.save(new Person(email, form.displayName(),
				this.passwordEncoder.encode(form.password()), form.role(), this.clock.instant()));
		this.audit.created("Person", person.getId(), "Account created", person.snapshot());
		return person;
	}

	public void changeRole(Long id, SystemRole role, Long actingAdminId) {
		Person person = load(id);
		if (person.getId().equals(actingAdminId) && role != SystemRole.ADMIN) {
			throw new DomainRuleException("person.role.notSelf", "role");
		}
		if (role != SystemRole.ADMIN) {
			keepAnAdministratorBesides(person, "role");
		}
		change(person, "Role changed", (p) -> p.changeRole(role));
		// the person's next request must see the new role: sign them in again
		endSessionsOf(person);
	}

	public void setEnabled(Long id, boolean enabled, Long actingAdminId) {
		Person person = load(id);
		if (!enabled && person.getId().equals(actingAdminId)) {
			throw new DomainRuleException("person.disable.notSelf");
		}
		if (enabled) {
			change(person, "Account enabled", Person::enable);
		}
		else {
			keepAnAdministratorBesides(person, null);
			change(person, "Account disabled", Person::disable);
			endSessionsOf(person);
			// and their access tokens: enabling the account again does not bring them
			// back
			this.tokens.revokeAllOf(person.getId(), this.clock.instant());
		}
	}

	/** An administrator sets a new password; the person's open sessions end. */
	public void resetPassword(Long id, String newPassword) {
		Person person = load(id);
		checkPassword(newPassword, person.getEmail(), person.getDisplayName(), "newPassword");
		change(person, "Password reset by an administrator",
				(p) -> p.changePasswordHash(this.passwordEncoder.encode(newPassword)));
		endSessionsOf(person);
	}

	/**
	 * A person changes their own password after proving they know the current one; their
	 * other sessions end (a stolen session does not outlive the change), the one they are
	 * using stays.
	 */
	public void changeOwnPassword(Long id, String currentPassword, String newPassword, String currentSessionId) {
		Person person = load(id);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, person.getPasswordHash())) {
			throw new DomainRuleException("password.current.wrong", "currentPassword");
		}
		checkPassword(newPassword, person.getEmail(), person.getDisplayName(), "newPassword");
		change(person, "Password changed", (p) -> p.changePasswordHash(this.passwordEncoder.encode(newPassword)));
		this.sessions.endAllOfExcept(person.getEmail(), currentSessionId);
	}

	/**
	 * Replaces a password hash of an older kind with one of the current kind, computed by
	 * the sign-in from the password just checked; recorded without the hash.
	 */
	public Person upgradePasswordHash(String email, String encodedPassword) {
		Person person = this.people.findByEmail(Person.normaliseEmail(email))
			.orElseThrow(() -> new NotFoundException("Person", 0L));
		change(person, "Password hash moved to Argon2 at sign-in", (p) -> p.changePasswordHash(encodedPassword));
		return person;
	}

	@Transactional(readOnly = true)
	public Person load(Long id) {
		return this.people.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
	}

	private void checkPassword(String password, String email, String name, String field) {
		this.passwordPolicy.check(password, email, name).ifPresent((key) -> {
			throw new DomainRuleException(key, field);
		});
	}

	private void change(Person person, String summary, Consumer<Person> change) {
		Map<String, Object> before = person.snapshot();
		change.accept(person);
		this.people.flush();
		this.audit.updated("Person", person.getId(), summary, before, person.snapshot());
	}

	/**
	 * Refuses a change that would leave no enabled administrator; serialised with every
	 * other such change, so two at the same moment cannot both pass the check.
	 */
	private void keepAnAdministratorBesides(Person person, String field) {
		if (person.getRole() != SystemRole.ADMIN || !person.isEnabled()) {
			return;
		}
		this.people.lockAdministrators();
		if (this.people.countByRoleAndEnabledTrueAndIdNot(SystemRole.ADMIN, person.getId()) == 0) {
			throw new DomainRuleException("person.lastAdministrator", field);
		}
	}

	private void endSessionsOf(Person person) {
		this.sessions.endAllOf(person.getEmail());
	}

}
