/**
 * Feedback: the public form and status page, the "you said, we did" page, and the staff's
 * triage, figures and export.
 */
@NullMarked
package org.alliance.web.feedback;

import org.jspecify.annotations.NullMarked;
