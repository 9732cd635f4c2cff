/**
 * Plan templates: the built-in ones shipped with the application, those administrators
 * import or save from a plan, the file format and its schema, and starting a plan from a
 * selection of a template's items in one transaction.
 */
@NullMarked
package org.alliance.application.template;

import org.jspecify.annotations.NullMarked;
