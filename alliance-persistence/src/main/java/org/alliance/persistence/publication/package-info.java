/**
 * Public pages: what an administrator chose to publish, and each publication.
 */
@NullMarked
package org.alliance.persistence.publication;

import org.jspecify.annotations.NullMarked;
