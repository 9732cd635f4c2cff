/**
 * E-mail as people meet it: their notification settings, unsubscribe links that work
 * without signing in, the outgoing mail page and reminders for administrators, and the
 * templates messages are written with.
 */
@NullMarked
package org.alliance.web.notification;

import org.jspecify.annotations.NullMarked;
