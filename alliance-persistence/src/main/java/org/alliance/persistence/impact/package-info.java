/**
 * Impact analyses, their impacts on groups and the steps that mitigate them.
 */
@NullMarked
package org.alliance.persistence.impact;

import org.jspecify.annotations.NullMarked;
