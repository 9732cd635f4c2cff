package org.alliance.application.step;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.alliance.domain.step.ChecklistItem;
import org.alliance.domain.step.ProgressUpdate;
import org.alliance.domain.step.StepDetails;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.domain.workgroup.WorkgroupRole;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.step.ChecklistItemRepository;
import org.alliance.application.step.EvidenceStore;
import org.alliance.application.progress.StepInContext;
import org.alliance.application.progress.StepQueries;
import org.alliance.application.progress.StepRow;
import org.alliance.application.progress.UpdateRow;
import org.alliance.persistence.workgroup.WorkgroupRepository;

import org.springframework.beans.factory.ObjectProvider;
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

	private final EvidenceStore evidence;

	private final ObjectProvider<EvidenceScanner> scanner;

	private final ChecklistItemRepository checklists;

	StepService(ActionStepRepository steps, StepQueries queries, WorkgroupRepository workgroups, AimRepository aims,
			Clock clock, AuditLog audit, Notifications notifications, EvidenceStore evidence,
			ObjectProvider<EvidenceScanner> scanner, ChecklistItemRepository checklists) {
		this.checklists = checklists;
		this.evidence = evidence;
		this.scanner = scanner;
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

	/** The files attached to a step's updates, by update. */
	@Transactional(readOnly = true)
	public Map<Long, List<EvidenceStore.EvidenceFile>> evidenceOf(long stepId) {
		return this.evidence.ofStep(stepId);
	}

	/** A file attached to this step's updates (another step's is not found). */
	@Transactional(readOnly = true)
	public EvidenceStore.EvidenceFile evidenceFile(long stepId, long fileId) {
		return this.evidence.find(fileId)
			.filter((f) -> f.stepId() == stepId)
			.orElseThrow(() -> new NotFoundException("Evidence", fileId));
	}

	@Transactional(readOnly = true)
	public void copyEvidence(long fileId, OutputStream out) {
		this.evidence.copyContent(fileId, out);
	}

	@Transactional(readOnly = true)
	public ActionStep step(Long stepId) {
		return this.steps.findById(stepId).orElseThrow(() -> new NotFoundException("Action step", stepId));
	}

	/**
	 * Records progress with files as its evidence, all or nothing: a file of a type not
	 * accepted, too large, one too many or refused by the virus scanner changes nothing.
	 */
	public void recordProgress(RecordProgress command, List<Evidence> files) {
		if (files.size() > Evidence.MAX_FILES) {
			throw new DomainRuleException("evidence.tooMany");
		}
		for (Evidence file : files) {
			// names first: nothing about a file is looked at before its name is
			// acceptable
			file.nameProblem().ifPresent((problem) -> {
				throw new DomainRuleException(problem);
			});
		}
		List<String> types = new ArrayList<>();
		for (Evidence file : files) {
			if (file.content().length > Evidence.MAX_FILE_BYTES) {
				throw new DomainRuleException("evidence.tooLarge");
			}
			types.add(file.detectedType().orElseThrow(() -> new DomainRuleException("evidence.type")));
			EvidenceScanner scanner = this.scanner.getIfAvailable();
			if (scanner != null && !scanner.isClean(file.safeName(), file.content())) {
				throw new DomainRuleException("evidence.refused");
			}
		}
		ProgressUpdate update = record(command, files.stream().map(Evidence::safeName).toList());
		for (int i = 0; i < files.size(); i++) {
			Evidence file = files.get(i);
			this.evidence.add(command.stepId(), update.getId(), file.safeName(), types.get(i), file.content(),
					sha256(file.content()), command.authorId(), this.clock.instant());
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void recordProgress(RecordProgress command) {
		record(command, List.of());
	}

	private ProgressUpdate record(RecordProgress command, List<String> fileNames) {
		Long stepId = command.stepId();
		ActionStep step = this.steps.findById(stepId).orElseThrow(() -> new NotFoundException("Action step", stepId));
		if (!Objects.equals(step.getVersion(), command.expectedVersion())) {
			throw new StaleEditException();
		}
		ChecklistItemRepository.Tally tally = step.hasChecklist() ? this.checklists.tallyOf(stepId) : null;
		if (tally != null && command.percent() != ChecklistItem.percent(tally.done(), tally.total())) {
			// a checklist step's percent is the share of its items ticked
			throw new DomainRuleException("step.percent.checklist", "percent");
		}
		Map<String, Object> before = step.snapshot();
		ProgressUpdate update = step.recordProgress(command.authorId(), command.status(), command.percent(),
				command.narrative(), this.clock.instant());
		this.steps.flush();
		Map<String, Object> after = step.snapshot();
		after.put("narrative", update.getNarrative());
		if (!fileNames.isEmpty()) {
			after.put("evidence", String.join(", ", fileNames));
		}
		this.audit.updated("ActionStep", stepId, "Progress update", before, after);
		return update;
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
