/**
 * What each person wants to receive by e-mail, the outbox of messages, and the claim of
 * each day's digest.
 */
@NullMarked
package org.alliance.persistence.notification;

import org.jspecify.annotations.NullMarked;
