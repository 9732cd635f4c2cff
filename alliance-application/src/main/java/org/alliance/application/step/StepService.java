package org.alliance.application.step;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.notification.Notifications;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.ProgressUpdate;
import org.alliance.domain.step.StepDetails;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.domain.workgroup.WorkgroupRole;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.step.StepInContext;
import org.alliance.persistence.step.StepQueries;
import org.alliance.persistence.step.StepRow;
import org.alliance.persistence.step.UpdateRow;
import org.alliance.persistence.workgroup.WorkgroupRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to action steps: progress updates by members, and creation and revision by
 * leads. Callers have been authorised by {@code AccessPolicy} on the handler.
 */
@Service
@Transactional
public class StepService {

	private final ActionStepRepository steps;

	private final StepQueries queries;

	private final WorkgroupRepository workgroups;

	private final AimRepository aims;

	private final Clock clock;

	private final AuditLog audit;

	private final Notifications notifications;

	StepService(ActionStepRepository steps, StepQueries queries, WorkgroupRepository workgroups, AimRepository aims,
			Clock clock, AuditLog audit, Notifications notifications) {
		this.audit = audit;
		this.notifications = notifications;
		this.steps = steps;
		this.queries = queries;
		this.workgroups = workgroups;
		this.aims = aims;
		this.clock = clock;
	}

	/**
	 * What the step page shows, and the reader's role in the step's workgroup (for what
	 * the page offers; the handlers' own checks decide what is allowed).
	 */
	public record StepPage(ActionStep step, StepRow row, List<UpdateRow> history, Optional<WorkgroupRole> viewerRole) {
	}

	/** The step page in two statements: the step with its names and role, its history. */
	@Transactional(readOnly = true)
	public StepPage page(Long stepId, Long viewerId) {
		StepInContext step = this.queries.inContext(stepId, viewerId)
			.orElseThrow(() -> new NotFoundException("Action step", stepId));
		return new StepPage(step.step(), step.row(), this.queries.historyOf(stepId), step.viewerRole());
	}

	@Transactional(readOnly = true)
	public ActionStep step(Long stepId) {
		return this.steps.findById(stepId).orElseThrow(() -> new NotFoundException("Action step", stepId));
	}

	public void recordProgress(RecordProgress command) {
		Long stepId = command.stepId();
		ActionStep step = this.steps.findById(stepId).orElseThrow(() -> new NotFoundException("Action step", stepId));
		if (!Objects.equals(step.getVersion(), command.expectedVersion())) {
			throw new StaleEditException();
		}
		Map<String, Object> before = step.snapshot();
		ProgressUpdate update = step.recordProgress(command.authorId(), command.status(), command.percent(),
				command.narrative(), this.clock.instant());
		this.steps.flush();
		Map<String, Object> after = step.snapshot();
		after.put("narrative", update.getNarrative());
		this.audit.updated("ActionStep", stepId, "Progress update", before, after);
	}

	public ActionStep create(Long workgroupId, StepDraft draft) {
		StepDetails details = details(workgroupId, draft);
		ActionStep step = this.steps.save(new ActionStep(details));
		this.audit.created("ActionStep", step.getId(), "Step created", step.snapshot());
		this.notifications.stepAssigned(step);
		return step;
	}

	public void revise(Long stepId, Long expectedVersion, StepDraft draft) {
		ActionStep step = this.steps.findById(stepId).orElseThrow(() -> new NotFoundException("Action step", stepId));
		if (!Objects.equals(step.getVersion(), expectedVersion)) {
			throw new StaleEditException();
		}
		Map<String, Object> before = step.snapshot();
		Long assignedBefore = step.getAssigneeId();
		step.revise(details(step.getWorkgroupId(), draft));
		this.steps.flush();
		this.audit.updated("ActionStep", stepId, "Step revised", before, step.snapshot());
		if (!Objects.equals(assignedBefore, step.getAssigneeId())) {
			this.notifications.stepAssigned(step);
		}
	}

	private StepDetails details(Long workgroupId, StepDraft form) {
		Workgroup workgroup = this.workgroups.findWithMembers(workgroupId)
			.orElseThrow(() -> new NotFoundException("Workgroup", workgroupId));
		if (form.assigneeId() != null && !workgroup.includes(form.assigneeId())) {
			throw new DomainRuleException("step.assignee.notMember", "assigneeId");
		}
		if (form.aimId() == null || !this.aims.existsById(form.aimId())) {
			throw new DomainRuleException("step.aim.required", "aimId");
		}
		return new StepDetails(form.aimId(), workgroupId, form.assigneeId(), form.title(), form.description(),
				form.startDate(), form.dueDate(), form.weight());
	}

}
