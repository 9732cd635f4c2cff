package org.alliance.domain.step;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;
import org.jspecify.annotations.Nullable;

/**
 * One item of a checklist step, ticked (with the day it was done and a note) by the
 * step's workgroup. The step's percent is the share of its items ticked.
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

	public static final int TEXT_MAX = 500;

	public static final int NOTE_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "step_id", nullable = false)
	private Long stepId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = TEXT_MAX)
	private String text;

	@Column(name = "done_on")
	private @Nullable LocalDate doneOn;

	@Column(length = NOTE_MAX)
	private @Nullable String note;

	@Column(name = "done_by")
	private @Nullable Long doneBy;

	@Column(name = "recorded_at")
	private @Nullable Instant recordedAt;

	protected ChecklistItem() {
	}

	public ChecklistItem(Long stepId, int position, String text) {
		String wording = (text != null) ? text.strip() : "";
		if (wording.isEmpty() || wording.length() > TEXT_MAX) {
			throw new DomainRuleException("checklist.text.invalid", "text");
		}
		Names.requireSingleLine(wording, "text");
		this.stepId = stepId;
		this.position = position;
		this.text = wording;
	}

	/**
	 * Ticks the item as done on a day (not in the future, not before the step could
	 * start) with an optional note; ticking a ticked item is refused.
	 */
	public void tick(Long personId, LocalDate day, @Nullable String note, LocalDate today, Instant at) {
		if (isDone()) {
			throw new DomainRuleException("checklist.alreadyTicked");
		}
		if (day == null || day.isAfter(today)) {
			throw new DomainRuleException("checklist.day.invalid", "doneOn");
		}
		String text = (note == null || note.isBlank()) ? null : note.strip();
		if (text != null && text.length() > NOTE_MAX) {
			throw new DomainRuleException("checklist.note.tooLong", "note");
		}
		this.doneOn = day;
		this.note = text;
		this.doneBy = personId;
		this.recordedAt = at;
	}

	/** Takes a tick back (a mistake); the step's history keeps both. */
	public void untick() {
		if (!isDone()) {
			throw new DomainRuleException("checklist.notTicked");
		}
		this.doneOn = null;
		this.note = null;
		this.doneBy = null;
		this.recordedAt = null;
	}

	public boolean isDone() {
		return this.doneOn != null;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getStepId() {
		return this.stepId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getText() {
		return this.text;
	}

	public @Nullable LocalDate getDoneOn() {
		return this.doneOn;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public @Nullable Long getDoneBy() {
		return this.doneBy;
	}

	public @Nullable Instant getRecordedAt() {
		return this.recordedAt;
	}

	/** What the step's history says of this item's tick. */
	public String tickNarrative() {
		return tickNarrative(this.text, this.doneOn, this.note);
	}

	/** What a step's history says of a tick of an item, done on a day, with a note. */
	public static String tickNarrative(String text, @Nullable LocalDate day, @Nullable String note) {
		return "Ticked: " + text + " (done on " + day + ")" + ((note != null) ? " — " + note : "");
	}

	/**
	 * The percent of a checklist with {@code done} of {@code total} items ticked, rounded
	 * down so that it reaches 100 only when every item is ticked.
	 */
	public static int percent(long done, long total) {
		if (total <= 0) {
			return 0;
		}
		return (int) (done * 100 / total);
	}

}
