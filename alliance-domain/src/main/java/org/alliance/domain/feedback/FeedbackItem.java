package org.alliance.domain.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.alliance.domain.shared.DomainRuleException;
import org.jspecify.annotations.Nullable;

/**
 * One piece of feedback: what was said (never changed), how staff triage it
 * (acknowledged, assigned to a workgroup, answered, closed), its flags, and its "you
 * said, we did" summary, published only when someone other than its writer approves it
 * and only if the person agreed.
 */
@Entity
@Table(name = "feedback_item")
public class FeedbackItem {

	public static final int MESSAGE_MAX = 4000;

	public static final int CONTACT_MAX = 300;

	public static final int RESPONSE_MAX = 4000;

	public static final int SUMMARY_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, length = 20)
	private String reference;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private FeedbackTopic topic;

	@Column(name = "plan_id")
	private @Nullable Long planId;

	@Column(name = "aim_id")
	private @Nullable Long aimId;

	@Column(name = "service_area_id")
	private @Nullable Long serviceAreaId;

	@Column(nullable = false, length = MESSAGE_MAX)
	private String message;

	@Column(length = CONTACT_MAX)
	private @Nullable String contact;

	@Column(name = "consent_to_publish", nullable = false)
	private boolean consentToPublish;

	@Column(nullable = false, length = 5)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private FeedbackStatus status = FeedbackStatus.NEW;

	@Column(name = "workgroup_id")
	private @Nullable Long workgroupId;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable Outcome outcome;

	@Column(length = RESPONSE_MAX)
	private @Nullable String response;

	@Column(name = "formal_complaint", nullable = false)
	private boolean formalComplaint;

	@Column(name = "passed_on_at")
	private @Nullable LocalDate passedOnAt;

	@Column(nullable = false)
	private boolean safeguarding;

	@Column(name = "safeguarding_handled_at")
	private @Nullable Instant safeguardingHandledAt;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "acknowledged_at")
	private @Nullable Instant acknowledgedAt;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "you_said", length = SUMMARY_MAX)
	private @Nullable String youSaid;

	@Column(name = "we_did", length = SUMMARY_MAX)
	private @Nullable String weDid;

	@Column(name = "summary_by")
	private @Nullable Long summaryBy;

	@Column(name = "approved_by")
	private @Nullable Long approvedBy;

	@Column(name = "approved_at")
	private @Nullable Instant approvedAt;

	@ElementCollection
	@CollectionTable(name = "feedback_group", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "group_id", nullable = false)
	private Set<Long> groupIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "feedback_step", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "step_id", nullable = false)
	private Set<Long> stepIds = new LinkedHashSet<>();

	/** What the person sent. */
	public record Submission(FeedbackTopic topic, @Nullable Long planId, @Nullable Long aimId,
			@Nullable Long serviceAreaId, String message, @Nullable String contact, Set<Long> groupIds,
			boolean consentToPublish) {

		/**
		 * What the chosen topic asks for and is missing (feedback about an aim names the
		 * aim, about a service area the area), as the rule it breaks; the one statement
		 * of these rules, which a form checks before anything is kept.
		 */
		public Optional<DomainRuleException> topicProblem() {
			if (this.topic == null) {
				return Optional.of(new DomainRuleException("feedback.topic.required", "topic"));
			}
			if (this.topic == FeedbackTopic.AIM && this.aimId == null) {
				return Optional.of(new DomainRuleException("feedback.aim.required", "aimId"));
			}
			if (this.topic == FeedbackTopic.SERVICE_AREA && this.serviceAreaId == null) {
				return Optional.of(new DomainRuleException("feedback.serviceArea.required", "serviceAreaId"));
			}
			return Optional.empty();
		}

	}

	protected FeedbackItem() {
	}

	public FeedbackItem(String reference, String tokenHash, Submission submission, String language,
			Instant receivedAt) {
		submission.topicProblem().ifPresent((problem) -> {
			throw problem;
		});
		String text = (submission.message() != null) ? submission.message().strip() : "";
		if (text.isEmpty() || text.length() > MESSAGE_MAX) {
			throw new DomainRuleException("feedback.message.invalid", "message");
		}
		String contactText = (submission.contact() != null && !submission.contact().isBlank())
				? submission.contact().strip() : null;
		if (contactText != null && contactText.length() > CONTACT_MAX) {
			throw new DomainRuleException("feedback.contact.tooLong", "contact");
		}
		this.reference = reference;
		this.tokenHash = tokenHash;
		this.topic = submission.topic();
		this.planId = submission.planId();
		this.aimId = (submission.topic() == FeedbackTopic.AIM) ? submission.aimId() : null;
		this.serviceAreaId = (submission.topic() == FeedbackTopic.SERVICE_AREA) ? submission.serviceAreaId() : null;
		this.message = text;
		this.contact = contactText;
		this.groupIds.addAll(submission.groupIds());
		this.consentToPublish = submission.consentToPublish();
		this.language = language;
		this.receivedAt = receivedAt;
	}

	/** Tells the person it was received (once). */
	public void acknowledge(Instant at) {
		if (this.status != FeedbackStatus.NEW) {
			throw new DomainRuleException("feedback.transition.invalid");
		}
		this.status = FeedbackStatus.ACKNOWLEDGED;
		this.acknowledgedAt = at;
	}

	/** Gives it to a workgroup to answer; a new item is acknowledged on the way. */
	public void assign(Long workgroup, Instant at) {
		if (this.status == FeedbackStatus.ANSWERED || this.status == FeedbackStatus.CLOSED) {
			throw new DomainRuleException("feedback.transition.invalid");
		}
		if (workgroup == null) {
			throw new DomainRuleException("feedback.workgroup.required", "workgroupId");
		}
		if (this.acknowledgedAt == null) {
			this.acknowledgedAt = at;
		}
		this.workgroupId = workgroup;
		this.status = FeedbackStatus.ASSIGNED;
	}

	/** The answer the person reads on their status page, with what became of it. */
	public void answer(Outcome result, String text, Instant at) {
		if (this.status != FeedbackStatus.ASSIGNED) {
			throw new DomainRuleException("feedback.answer.notAssigned");
		}
		if (result == null) {
			throw new DomainRuleException("feedback.outcome.required", "outcome");
		}
		String answer = (text != null) ? text.strip() : "";
		if (answer.isEmpty() || answer.length() > RESPONSE_MAX) {
			throw new DomainRuleException("feedback.response.invalid", "response");
		}
		this.outcome = result;
		this.response = answer;
		this.answeredAt = at;
		this.status = FeedbackStatus.ANSWERED;
	}

	public void close(Instant at) {
		if (this.status != FeedbackStatus.ANSWERED) {
			throw new DomainRuleException("feedback.close.notAnswered");
		}
		this.status = FeedbackStatus.CLOSED;
		this.closedAt = at;
	}

	/**
	 * Marks it a formal complaint, handled by the organisation's complaints process:
	 * recorded with the day it was passed on.
	 */
	public void passOnAsComplaint(LocalDate on) {
		if (on == null) {
			throw new DomainRuleException("feedback.passedOn.required", "passedOnAt");
		}
		this.formalComplaint = true;
		this.passedOnAt = on;
	}

	/**
	 * Marks a safeguarding concern: shown first, to administrators only, until handled.
	 */
	public void flagSafeguarding() {
		this.safeguarding = true;
		this.safeguardingHandledAt = null;
	}

	public void handleSafeguarding(Instant at) {
		if (!this.safeguarding) {
			throw new DomainRuleException("feedback.transition.invalid");
		}
		this.safeguardingHandledAt = at;
	}

	/** A safeguarding concern not yet handled: administrators only. */
	public boolean isRestricted() {
		return this.safeguarding && this.safeguardingHandledAt == null;
	}

	public void linkStep(Long stepId) {
		this.stepIds.add(stepId);
	}

	/**
	 * Writes the anonymised "you said, we did" summary of an answered item whose sender
	 * agreed to it; any earlier approval no longer stands.
	 */
	public void writeSummary(String said, String did, Long by) {
		if (!this.consentToPublish) {
			throw new DomainRuleException("feedback.summary.noConsent");
		}
		if (this.status != FeedbackStatus.ANSWERED && this.status != FeedbackStatus.CLOSED) {
			throw new DomainRuleException("feedback.summary.notAnswered");
		}
		String s = (said != null) ? said.strip() : "";
		String d = (did != null) ? did.strip() : "";
		if (s.isEmpty() || s.length() > SUMMARY_MAX) {
			throw new DomainRuleException("feedback.youSaid.invalid", "youSaid");
		}
		if (d.isEmpty() || d.length() > SUMMARY_MAX) {
			throw new DomainRuleException("feedback.weDid.invalid", "weDid");
		}
		this.youSaid = s;
		this.weDid = d;
		this.summaryBy = by;
		this.approvedBy = null;
		this.approvedAt = null;
	}

	/** A second person approves the summary for the public page. */
	public void approveSummary(Long by, Instant at) {
		if (this.youSaid == null || this.summaryBy == null) {
			throw new DomainRuleException("feedback.summary.none");
		}
		if (this.summaryBy.equals(by)) {
			throw new DomainRuleException("feedback.summary.sameApprover");
		}
		this.approvedBy = by;
		this.approvedAt = at;
	}

	public boolean isPublished() {
		return this.approvedAt != null;
	}

	/** The day it must be acknowledged by, in working days from the day it came in. */
	public LocalDate acknowledgeBy(ZoneId zone, int workingDays) {
		return WorkingDays.after(LocalDate.ofInstant(this.receivedAt, zone), workingDays);
	}

	public LocalDate answerBy(ZoneId zone, int workingDays) {
		return WorkingDays.after(LocalDate.ofInstant(this.receivedAt, zone), workingDays);
	}

	/** Not acknowledged, or not answered, by its deadline. */
	public boolean isOverdue(LocalDate today, ZoneId zone, int acknowledgeDays, int answerDays) {
		boolean notAcknowledged = this.acknowledgedAt == null && today.isAfter(acknowledgeBy(zone, acknowledgeDays));
		boolean notAnswered = this.answeredAt == null && today.isAfter(answerBy(zone, answerDays));
		return notAcknowledged || notAnswered;
	}

	/** What staff did, for the audit trail: never the sender's contact details. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("reference", this.reference);
		values.put("status", this.status.name());
		values.put("workgroupId", this.workgroupId);
		values.put("outcome", (this.outcome != null) ? this.outcome.name() : null);
		values.put("response", this.response);
		values.put("formalComplaint", this.formalComplaint);
		values.put("passedOnAt", (this.passedOnAt != null) ? this.passedOnAt.toString() : null);
		values.put("safeguarding", this.safeguarding);
		values.put("safeguardingHandled", this.safeguardingHandledAt != null);
		values.put("steps", this.stepIds.stream().toList());
		values.put("youSaid", this.youSaid);
		values.put("weDid", this.weDid);
		values.put("approvedBy", this.approvedBy);
		return values;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getReference() {
		return this.reference;
	}

	public String getTokenHash() {
		return this.tokenHash;
	}

	public FeedbackTopic getTopic() {
		return this.topic;
	}

	public @Nullable Long getPlanId() {
		return this.planId;
	}

	public @Nullable Long getAimId() {
		return this.aimId;
	}

	public @Nullable Long getServiceAreaId() {
		return this.serviceAreaId;
	}

	public String getMessage() {
		return this.message;
	}

	public @Nullable String getContact() {
		return this.contact;
	}

	public boolean isConsentToPublish() {
		return this.consentToPublish;
	}

	public String getLanguage() {
		return this.language;
	}

	public FeedbackStatus getStatus() {
		return this.status;
	}

	public @Nullable Long getWorkgroupId() {
		return this.workgroupId;
	}

	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	public @Nullable String getResponse() {
		return this.response;
	}

	public boolean isFormalComplaint() {
		return this.formalComplaint;
	}

	public @Nullable LocalDate getPassedOnAt() {
		return this.passedOnAt;
	}

	public boolean isSafeguarding() {
		return this.safeguarding;
	}

	public @Nullable Instant getSafeguardingHandledAt() {
		return this.safeguardingHandledAt;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public @Nullable Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	public @Nullable Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public @Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	public @Nullable String getYouSaid() {
		return this.youSaid;
	}

	public @Nullable String getWeDid() {
		return this.weDid;
	}

	public @Nullable Long getSummaryBy() {
		return this.summaryBy;
	}

	public @Nullable Long getApprovedBy() {
		return this.approvedBy;
	}

	public @Nullable Instant getApprovedAt() {
		return this.approvedAt;
	}

	public Set<Long> getGroupIds() {
		return Set.copyOf(this.groupIds);
	}

	public Set<Long> getStepIds() {
		return Set.copyOf(this.stepIds);
	}

}
