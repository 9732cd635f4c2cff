/**
 * Search from the header of every page.
 */
@NullMarked
package org.alliance.web.search;

import org.jspecify.annotations.NullMarked;
