/**
 * Plan templates administrators imported or saved from a plan.
 */
@NullMarked
package org.alliance.persistence.template;

import org.jspecify.annotations.NullMarked;
