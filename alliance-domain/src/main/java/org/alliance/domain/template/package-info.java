/**
 * Plan templates: a named, versioned, bilingual structure of workgroups, aims, action
 * steps with durations instead of dates, checklists, indicator definitions and
 * commitments with targets, from which an administrator starts a plan. Types in this
 * package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.domain.template;

import org.jspecify.annotations.NullMarked;
