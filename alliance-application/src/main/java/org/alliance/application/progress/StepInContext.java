package org.alliance.application.progress;

import java.util.Optional;

import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.WorkgroupRole;

/**
 * An action step with what its page shows beside it (workgroup, aim, assignee) and the
 * role the reading person holds in the step's workgroup, if any.
 *
 * @param step the step itself
 * @param row the step with the names of its workgroup, aim and assignee
 * @param viewerRole the reader's role in the step's workgroup
 */
public record StepInContext(ActionStep step, StepRow row, Optional<WorkgroupRole> viewerRole) {

	static StepInContext of(Object[] columns) {
		ActionStep s = (ActionStep) columns[0];
		StepRow row = new StepRow(s.getId(), s.getTitle(), s.getStatus(), s.getPercent(), s.getStartDate(),
				s.getDueDate(), s.getLastUpdateAt(), s.getWeight(), s.getWorkgroupId(), (String) columns[1],
				s.getAssigneeId(), (String) columns[2], s.getAimId(), (Integer) columns[3], (String) columns[4],
				(Long) columns[5]);
		return new StepInContext(s, row, Optional.ofNullable((WorkgroupRole) columns[6]));
	}

}
