/**
 * Feedback from the people the plan serves: what they said, its triage, its answer, and
 * the "you said, we did" summary published once a second person approves it. Types in
 * this package are not null unless marked {@code @Nullable}.
 */
@NullMarked
package org.alliance.domain.feedback;

import org.jspecify.annotations.NullMarked;
