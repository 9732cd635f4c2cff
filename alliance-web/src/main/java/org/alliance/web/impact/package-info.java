/**
 * Racial equity impact analyses: the list, each analysis's page, its forms (details,
 * screening, the six steps, impacts, mitigations, decision, evaluation) and its PDF.
 */
@NullMarked
package org.alliance.web.impact;

import org.jspecify.annotations.NullMarked;
