package org.alliance.application.notification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.alliance.application.audit.AuditLog;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.application.notification.NotificationSettingsStore;
import org.alliance.application.notification.NotificationSettingsStore.Settings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's choice of e-mail: the digest, messages on assignment and reminders, a
 * pause; and unsubscribing through a link, without signing in.
 */
@Service
@Transactional
public class NotificationSettingsService {

	/** The longest pause: a year from today. */
	public static final int MAX_PAUSE_DAYS = 366;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final NotificationSettingsStore store;

	private final AuditLog audit;

	private final Clock clock;

	NotificationSettingsService(NotificationSettingsStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Settings of(long personId) {
		return this.store.of(personId);
	}

	/** Saves a person's choices; a pause must end today or later, within a year. */
	public void save(long personId, Settings settings) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate paused = settings.pausedUntil();
		if (paused != null && paused.isBefore(today)) {
			throw new DomainRuleException("notifications.pause.past", "pausedUntil");
		}
		if (paused != null && paused.isAfter(today.plusDays(MAX_PAUSE_DAYS))) {
			throw new DomainRuleException("notifications.pause.tooLong", "pausedUntil");
		}
		Settings before = this.store.of(personId);
		this.store.save(personId, settings, newKey());
		this.audit.updated("Person", personId, "Notification settings changed", snapshot(before), snapshot(settings));
	}

	/** The person's unsubscribe key, made on first use. */
	public String unsubscribeKey(long personId) {
		return this.store.keyOf(personId, newKey());
	}

	/** Who an unsubscribe link is for, and whether that kind of message is still on. */
	public record Unsubscribe(long personId, String email, Subscription subscription, boolean on) {
	}

	@Transactional(readOnly = true)
	public Optional<Unsubscribe> unsubscribeLink(String key, Subscription subscription) {
		return this.store.personWithKey(key)
			.flatMap((person) -> this.store.recipient(person)
				.map((r) -> new Unsubscribe(person, r.email(), subscription,
						subscription.isOn(this.store.of(person)))));
	}

	/**
	 * Turns one kind of message off for the person whose link carries this key; empty
	 * when no link has this key.
	 */
	public Optional<Unsubscribe> unsubscribe(String key, Subscription subscription) {
		Optional<Long> person = this.store.personWithKey(key);
		person.ifPresent((id) -> {
			Settings before = this.store.of(id);
			if (subscription.isOn(before)) {
				Settings after = subscription.off(before);
				this.store.save(id, after, newKey());
				this.audit.updated("Person", id, "Unsubscribed by e-mail link", snapshot(before), snapshot(after));
			}
		});
		return person.flatMap((id) -> unsubscribeLink(key, subscription));
	}

	static Map<String, Object> snapshot(Settings settings) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("digest", settings.digest().name());
		snapshot.put("digestDay", settings.digestDay().name());
		snapshot.put("onAssignment", settings.onAssignment());
		snapshot.put("onReminder", settings.onReminder());
		snapshot.put("pausedUntil", settings.pausedUntil());
		return snapshot;
	}

	/** A new random unsubscribe key (256 bits). */
	public static String newKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
