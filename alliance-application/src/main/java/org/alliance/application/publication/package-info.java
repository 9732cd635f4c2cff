/**
 * A plan's public page: what an administrator chooses to publish, publishing it (the
 * public view worked out once, figures suppressed as inside), and withdrawing it.
 */
@NullMarked
package org.alliance.application.publication;

import org.jspecify.annotations.NullMarked;
