/**
 * Full-text search across the plan's objects (migration V12).
 */
@NullMarked
package org.alliance.persistence.search;

import org.jspecify.annotations.NullMarked;
