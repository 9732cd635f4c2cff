/**
 * Racial equity impact analyses: a subject screened, analysed in six steps, signed off,
 * published and evaluated; impacts on groups and the action steps that mitigate them.
 * Types in this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.domain.impact;

import org.jspecify.annotations.NullMarked;
