/**
 * Racial equity impact analyses: their life from draft to evaluation, their impacts on
 * groups, and mitigations that become action steps of the plan.
 */
@NullMarked
package org.alliance.application.impact;

import org.jspecify.annotations.NullMarked;
