/**
 * Types in this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.domain.audit;

import org.jspecify.annotations.NullMarked;
