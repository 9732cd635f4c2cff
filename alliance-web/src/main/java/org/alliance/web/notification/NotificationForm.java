package org.alliance.web.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.alliance.application.notification.NotificationSettingsStore.Digest;
import org.alliance.application.notification.NotificationSettingsStore.Settings;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** A person's choice of e-mail, as the account page's form sends it. */
public record NotificationForm(@NotNull(message = "{notifications.digest.required}") @Nullable Digest digest,
		@NotNull(message = "{notifications.digestDay.required}") @Nullable DayOfWeek digestDay, boolean onAssignment,
		boolean onReminder, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate pausedUntil) {

	static NotificationForm of(Settings settings) {
		return new NotificationForm(settings.digest(), settings.digestDay(), settings.onAssignment(),
				settings.onReminder(), settings.pausedUntil());
	}

	Settings settings() {
		return new Settings((this.digest != null) ? this.digest : Digest.WEEKLY,
				(this.digestDay != null) ? this.digestDay : DayOfWeek.MONDAY, this.onAssignment, this.onReminder,
				this.pausedUntil);
	}

}
