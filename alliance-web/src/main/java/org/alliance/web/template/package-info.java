/**
 * Plan templates for administrators: the list, import and export of template files, a new
 * plan from a selection of a template's items, and a plan saved as a template. Types in
 * this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.web.template;

import org.jspecify.annotations.NullMarked;
