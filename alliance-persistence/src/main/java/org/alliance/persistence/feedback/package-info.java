/**
 * Feedback items, their notes, the service areas they are about, and their figures.
 */
@NullMarked
package org.alliance.persistence.feedback;

import org.jspecify.annotations.NullMarked;
