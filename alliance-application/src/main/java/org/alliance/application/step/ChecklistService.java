package org.alliance.application.step;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.ChecklistItem;
import org.alliance.domain.step.StepStatus;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.step.ChecklistItemRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist steps: a step whose items (e.g. the calls to action for providers) are ticked
 * one by one. Every tick, untick or new item is also a progress update of the step, whose
 * percent is the share of items ticked (rounded down, so 100% only when all are):
 * checklists roll up into aims and plans exactly like other steps.
 */
@Service
@Transactional
public class ChecklistService {

	public static final int MAX_ITEMS = 50;

	private final ChecklistItemRepository items;

	private final ActionStepRepository steps;

	private final AuditLog audit;

	private final Clock clock;

	ChecklistService(ChecklistItemRepository items, ActionStepRepository steps, AuditLog audit, Clock clock) {
		this.items = items;
		this.steps = steps;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ChecklistItemRepository.ItemRow> rows(Long stepId) {
		return this.items.rowsOf(stepId);
	}

	/** Adds an item at the end of the step's checklist (a lead's or administrator's). */
	public ChecklistItem add(Long stepId, String text, Long personId) {
		ActionStep step = lock(stepId);
		int last = this.items.lastPosition(stepId);
		if (this.items.tallyOf(stepId).total() >= MAX_ITEMS) {
			throw new DomainRuleException("checklist.tooMany", "text");
		}
		ChecklistItem item = this.items.save(new ChecklistItem(stepId, last + 1, text));
		step.markChecklist();
		this.audit.created("ChecklistItem", item.getId(), "Checklist item added", snapshot(item));
		follow(step, personId, "Checklist item added: " + item.getText());
		return item;
	}

	/** Ticks an item as done on a day, with a note on how. */
	public void tick(Long stepId, Long itemId, long expectedVersion, Long personId, @Nullable LocalDate day,
			@Nullable String note) {
		ActionStep step = lock(stepId);
		ChecklistItem item = item(stepId, itemId, expectedVersion);
		Map<String, Object> before = snapshot(item);
		item.tick(personId, day, note, LocalDate.now(this.clock), this.clock.instant());
		this.items.flush();
		this.audit.updated("ChecklistItem", itemId, "Checklist item ticked", before, snapshot(item));
		follow(step, personId, item.tickNarrative());
	}

	/** Takes a tick back; the step's history keeps the tick and its withdrawal. */
	public void untick(Long stepId, Long itemId, long expectedVersion, Long personId) {
		ActionStep step = lock(stepId);
		ChecklistItem item = item(stepId, itemId, expectedVersion);
		Map<String, Object> before = snapshot(item);
		item.untick();
		this.items.flush();
		this.audit.updated("ChecklistItem", itemId, "Checklist item unticked", before, snapshot(item));
		follow(step, personId, "Tick taken back: " + item.getText());
	}

	private ActionStep lock(Long stepId) {
		return this.steps.lockById(stepId).orElseThrow(() -> new NotFoundException("Action step", stepId));
	}

	private ChecklistItem item(Long stepId, Long itemId, long expectedVersion) {
		ChecklistItem item = this.items.findByIdAndStepId(itemId, stepId)
			.orElseThrow(() -> new NotFoundException("Checklist item", itemId));
		if (item.getVersion() != expectedVersion) {
			throw new StaleEditException();
		}
		return item;
	}

	/**
	 * Moves the step to what its checklist says: the share ticked as its percent;
	 * completed when every item is, in progress once one is; at risk, blocked and not
	 * applicable stay as a person set them.
	 */
	private void follow(ActionStep step, Long personId, String narrative) {
		ChecklistItemRepository.Tally tally = this.items.tallyOf(step.getId());
		int percent = ChecklistItem.percent(tally.done(), tally.total());
		StepStatus status = step.getStatus();
		if (tally.total() > 0 && tally.done() == tally.total()) {
			status = StepStatus.COMPLETED;
		}
		else if (status == StepStatus.COMPLETED || (status == StepStatus.NOT_STARTED && tally.done() > 0)) {
			status = StepStatus.IN_PROGRESS;
		}
		if (status == step.getStatus() && percent == step.getPercent()) {
			return;
		}
		Map<String, Object> before = step.snapshot();
		String text = (narrative.length() > ActionStep.NARRATIVE_MAX)
				? narrative.substring(0, ActionStep.NARRATIVE_MAX - 1) + "…" : narrative;
		step.recordProgress(personId, status, percent, text, this.clock.instant());
		this.steps.flush();
		Map<String, Object> after = step.snapshot();
		after.put("narrative", text);
		this.audit.updated("ActionStep", step.getId(), "Progress update", before, after);
	}

	private static Map<String, Object> snapshot(ChecklistItem item) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("stepId", item.getStepId());
		values.put("text", item.getText());
		values.put("doneOn", item.getDoneOn());
		values.put("note", item.getNote());
		values.put("doneBy", item.getDoneBy());
		return values;
	}

}
