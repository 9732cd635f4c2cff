/**
 * Reminders and digests by e-mail: what each person wants, the digests composed once a
 * day, messages when a step is assigned or an administrator sends a reminder, all written
 * to an outbox in the same transaction as their cause and delivered by
 * {@link org.alliance.application.notification.OutboxSender}.
 */
@NullMarked
package org.alliance.application.notification;

import org.jspecify.annotations.NullMarked;
