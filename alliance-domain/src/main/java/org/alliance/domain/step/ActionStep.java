package org.alliance.domain.step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.alliance.domain.shared.DomainRuleException;

/**
 * The unit of work of a plan. Its status and percent change only through
 * {@link #recordProgress}, which appends to a history that is never rewritten.
 */
@Entity
@Table(name = "action_step")
public class ActionStep {

	public static final int TITLE_MAX = 300;

	public static final int DESCRIPTION_MAX = 4000;

	public static final int NARRATIVE_MAX = 2000;

	public static final int WEIGHT_MAX = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "aim_id", nullable = false)
	private Long aimId;

	@Column(name = "workgroup_id", nullable = false)
	private Long workgroupId;

	@Column(name = "assignee_id")
	private Long assigneeId;

	@Column(nullable = false, length = TITLE_MAX)
	private String title;

	@Column(nullable = false, length = DESCRIPTION_MAX)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StepStatus status = StepStatus.NOT_STARTED;

	@Column(nullable = false)
	private int percent;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(nullable = false)
	private int weight = 1;

	@Column(name = "last_update_at")
	private Instant lastUpdateAt;

	@Column(name = "has_checklist", nullable = false)
	private boolean checklist;

	@OneToMany(mappedBy = "step", cascade = CascadeType.PERSIST)
	@OrderBy("recordedAt DESC, id DESC")
	private List<ProgressUpdate> updates = new ArrayList<>();

	protected ActionStep() {
	}

	public ActionStep(StepDetails details) {
		revise(details);
	}

	/** A lead's change to what the step is, who owns it and when it is due. */
	public void revise(StepDetails details) {
		this.aimId = details.aimId();
		this.workgroupId = details.workgroupId();
		this.assigneeId = details.assigneeId();
		this.title = details.title();
		this.description = details.description();
		this.startDate = details.startDate();
		this.dueDate = details.dueDate();
		this.weight = details.weight();
	}

	/**
	 * Gives the step to another person of its workgroup, or to nobody ({@code null}); the
	 * caller checks that the person belongs to the workgroup.
	 */
	public void assign(Long assigneeId) {
		this.assigneeId = assigneeId;
	}

	/**
	 * Records progress and appends it to the history. An at-risk or blocked step must say
	 * why; a completed step is 100% done.
	 */
	public ProgressUpdate recordProgress(Long authorId, StepStatus newStatus, int newPercent, String narrative,
			Instant at) {
		String text = (narrative == null || narrative.isBlank()) ? null : narrative.trim();
		if (newStatus == null) {
			throw new DomainRuleException("step.status.required", "status");
		}
		if (newPercent < 0 || newPercent > 100) {
			throw new DomainRuleException("step.percent.range", "percent");
		}
		if (newStatus == StepStatus.COMPLETED && newPercent != 100) {
			throw new DomainRuleException("step.percent.completedIsHundred", "percent");
		}
		if (newStatus.requiresNarrative() && text == null) {
			throw new DomainRuleException("step.narrative.required", "narrative");
		}
		if (text != null && text.length() > NARRATIVE_MAX) {
			throw new DomainRuleException("step.narrative.tooLong", "narrative");
		}
		ProgressUpdate update = new ProgressUpdate(this, authorId, at, this.status, newStatus, this.percent, newPercent,
				text);
		// appending does not load the history: a step with a long past stays cheap to
		// update
		this.updates.add(update);
		this.status = newStatus;
		this.percent = newPercent;
		this.lastUpdateAt = at;
		return update;
	}

	/**
	 * Makes the step a checklist step: its percent is then the share of its items ticked
	 * ({@link ChecklistItem#percent}).
	 */
	public void markChecklist() {
		this.checklist = true;
	}

	public boolean hasChecklist() {
		return this.checklist;
	}

	/** Past its due date and not yet closed. */
	public boolean isOverdue(LocalDate today) {
		return StepAttention.isOverdue(this.status, this.dueDate, today);
	}

	/** The step's state as the audit trail records it. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", this.title);
		values.put("aimId", this.aimId);
		values.put("workgroupId", this.workgroupId);
		values.put("assigneeId", this.assigneeId);
		values.put("status", this.status);
		values.put("percent", this.percent);
		values.put("startDate", this.startDate);
		values.put("dueDate", this.dueDate);
		values.put("weight", this.weight);
		values.put("description", this.description);
		return values;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getAimId() {
		return this.aimId;
	}

	public Long getWorkgroupId() {
		return this.workgroupId;
	}

	public Long getAssigneeId() {
		return this.assigneeId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public StepStatus getStatus() {
		return this.status;
	}

	public int getPercent() {
		return this.percent;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public int getWeight() {
		return this.weight;
	}

	public Instant getLastUpdateAt() {
		return this.lastUpdateAt;
	}

	/** The history, newest first. */
	public List<ProgressUpdate> getUpdates() {
		return this.updates.stream()
			.sorted(Comparator.comparing(ProgressUpdate::getRecordedAt)
				.thenComparing((ProgressUpdate u) -> (u.getId() != null) ? u.getId() : Long.MAX_VALUE)
				.reversed())
			.toList();
	}

}
