/**
 * Types in this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.persistence.plan;

import org.jspecify.annotations.NullMarked;
