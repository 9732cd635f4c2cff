/**
 * Full-text search across the plan's objects (migration V12).
 */
@NullMarked
package org.alliance.application.search;

import org.jspecify.annotations.NullMarked;
