/**
 * Comments on a step, shown on the step's page: added, edited by their author, removed.
 */
@NullMarked
package org.alliance.web.comment;

import org.jspecify.annotations.NullMarked;
