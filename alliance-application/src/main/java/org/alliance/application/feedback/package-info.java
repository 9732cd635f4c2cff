/**
 * Feedback from the people the plan serves: submitted without signing in, followed by a
 * private link, triaged, answered, linked to steps, summarised and published.
 */
@NullMarked
package org.alliance.application.feedback;

import org.jspecify.annotations.NullMarked;
