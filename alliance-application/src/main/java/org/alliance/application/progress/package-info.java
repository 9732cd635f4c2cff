/**
 * The read side of plan progress: roll-ups, attention lists, filtered step lists, the
 * update history and progress over time, computed by PostgreSQL for dashboards, plan,
 * workgroup and step pages, reports, exports, mails and the API (ADR 18).
 */
@NullMarked
package org.alliance.application.progress;

import org.jspecify.annotations.NullMarked;
