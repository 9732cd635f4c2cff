/**
 * Types in this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.domain.commitment;

import org.jspecify.annotations.NullMarked;
