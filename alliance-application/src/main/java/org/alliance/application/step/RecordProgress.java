package org.alliance.application.step;

import org.alliance.domain.step.StepStatus;

/**
 * A progress update on a step, as seen at {@code expectedVersion}; a step changed since
 * is refused as stale.
 */
public record RecordProgress(Long stepId, Long expectedVersion, StepStatus status, Integer percent, String narrative,
		Long authorId) {
}
