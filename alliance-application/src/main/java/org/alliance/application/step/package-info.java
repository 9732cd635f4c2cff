/**
 * Types in this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.application.step;

import org.jspecify.annotations.NullMarked;
