/**
 * Types in this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.application.person;

import org.jspecify.annotations.NullMarked;
