/**
 * Types in this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.application.export;

import org.jspecify.annotations.NullMarked;
