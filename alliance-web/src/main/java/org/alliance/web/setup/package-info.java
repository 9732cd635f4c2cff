/**
 * Types in this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.web.setup;

import org.jspecify.annotations.NullMarked;
