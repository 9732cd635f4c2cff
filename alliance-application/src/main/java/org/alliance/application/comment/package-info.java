/**
 * Comments on action steps: written by anyone who may read the step, edited by their
 * author (the earlier text kept), removed by their author or an administrator (a marker
 * kept); a person mentioned with {@code @} and their e-mail address is told by e-mail.
 */
@NullMarked
package org.alliance.application.comment;

import org.jspecify.annotations.NullMarked;
