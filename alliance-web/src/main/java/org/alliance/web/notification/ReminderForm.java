package org.alliance.web.notification;

import jakarta.validation.constraints.Size;
import org.alliance.application.notification.Notifications;
import org.jspecify.annotations.Nullable;

/** An administrator's one-off reminder to a workgroup: an optional note. */
public record ReminderForm(
		@Size(max = Notifications.NOTE_MAX, message = "{reminder.note.tooLong}") @Nullable String note) {

	static ReminderForm blank() {
		return new ReminderForm("");
	}

}
