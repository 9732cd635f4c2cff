package org.alliance.application.notification;

import java.util.Locale;
import java.util.Optional;

import org.alliance.application.notification.NotificationSettingsStore.Digest;
import org.alliance.application.notification.NotificationSettingsStore.Settings;

/** What a person can unsubscribe from with one link: each kind of message. */
public enum Subscription {

	DIGEST, ASSIGNMENT, REMINDER;

	/** The word in the unsubscribe link. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Subscription> ofSlug(String slug) {
		for (Subscription subscription : values()) {
			if (subscription.slug().equals(slug)) {
				return Optional.of(subscription);
			}
		}
		return Optional.empty();
	}

	/** Whether the settings still send this kind of message. */
	public boolean isOn(Settings settings) {
		return switch (this) {
			case DIGEST -> settings.digest() != Digest.OFF;
			case ASSIGNMENT -> settings.onAssignment();
			case REMINDER -> settings.onReminder();
		};
	}

	/** The settings without this kind of message. */
	public Settings off(Settings settings) {
		return switch (this) {
			case DIGEST -> new Settings(Digest.OFF, settings.digestDay(), settings.onAssignment(),
					settings.onReminder(), settings.pausedUntil());
			case ASSIGNMENT -> new Settings(settings.digest(), settings.digestDay(), false, settings.onReminder(),
					settings.pausedUntil());
			case REMINDER -> new Settings(settings.digest(), settings.digestDay(), settings.onAssignment(), false,
					settings.pausedUntil());
		};
	}

}
