/**
 * Comments on action steps, with the earlier text of edited ones.
 */
@NullMarked
package org.alliance.persistence.comment;

import org.jspecify.annotations.NullMarked;
