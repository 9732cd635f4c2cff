package org.alliance.domain.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.alliance.domain.shared.Names;
import org.jspecify.annotations.Nullable;

/**
 * A racial equity impact analysis of a policy, programme, budget decision or service
 * change, following the six steps of the public racial equity tools: screened first;
 * analysed when any group may be affected negatively or the effect is not known;
 * submitted; signed off (or returned) by someone other than its owner; then read-only
 * except for its publication and evaluation.
 */
@Entity
@Table(name = "impact_analysis")
public class ImpactAnalysis {

	public static final int TITLE_MAX = 200;

	public static final int DESCRIPTION_MAX = 2000;

	public static final int SECTION_MAX = 4000;

	public static final int SHORT_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(name = "workgroup_id", nullable = false)
	private Long workgroupId;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Column(nullable = false, length = TITLE_MAX)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false, length = 20)
	private SubjectKind subjectKind;

	@Column(nullable = false, length = DESCRIPTION_MAX)
	private String description;

	@Column(name = "review_date")
	private @Nullable LocalDate reviewDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AnalysisStatus status = AnalysisStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	@Column(name = "screen_negative", length = 10)
	private @Nullable ScreeningAnswer screenNegative;

	@Enumerated(EnumType.STRING)
	@Column(name = "screen_access", length = 10)
	private @Nullable ScreeningAnswer screenAccess;

	@Enumerated(EnumType.STRING)
	@Column(name = "screen_unknown", length = 10)
	private @Nullable ScreeningAnswer screenUnknown;

	@Column(name = "full_analysis")
	private @Nullable Boolean fullAnalysis;

	@Column(name = "screen_out_reason", length = SHORT_MAX)
	private @Nullable String screenOutReason;

	@Column(name = "desired_results", length = SECTION_MAX)
	private @Nullable String desiredResults;

	@Column(name = "data_notes", length = SECTION_MAX)
	private @Nullable String dataNotes;

	@Column(name = "engagement_groups", length = SHORT_MAX)
	private @Nullable String engagementGroups;

	@Column(name = "engagement_methods", length = SHORT_MAX)
	private @Nullable String engagementMethods;

	@Column(name = "engagement_heard", length = SECTION_MAX)
	private @Nullable String engagementHeard;

	@Column(length = SECTION_MAX)
	private @Nullable String implementation;

	@Column(length = SECTION_MAX)
	private @Nullable String accountability;

	@Column(name = "public_summary", length = SHORT_MAX)
	private @Nullable String publicSummary;

	@Column(name = "reviewer_id")
	private @Nullable Long reviewerId;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private @Nullable Decision decision;

	@Column(name = "review_comment", length = SHORT_MAX)
	private @Nullable String reviewComment;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(length = SECTION_MAX)
	private @Nullable String evaluation;

	@Column(name = "evaluated_at")
	private @Nullable Instant evaluatedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "impact_analysis_indicator", joinColumns = @JoinColumn(name = "analysis_id"))
	@Column(name = "indicator_id", nullable = false)
	private Set<Long> indicatorIds = new LinkedHashSet<>();

	/** What the analysis is about and when it is reviewed. */
	public record Details(String title, SubjectKind subjectKind, String description, @Nullable LocalDate reviewDate) {
	}

	/**
	 * The screening questions' answers, and why no full analysis is needed if none raise
	 * a concern.
	 */
	public record Screening(ScreeningAnswer negative, ScreeningAnswer access, ScreeningAnswer unknown,
			@Nullable String reason) {

		public boolean requiresFullAnalysis() {
			return this.negative.raisesConcern() || this.access.raisesConcern() || this.unknown.raisesConcern();
		}

	}

	/** The written steps of the analysis (impacts are kept apart, one per group). */
	public record Sections(@Nullable String desiredResults, @Nullable String dataNotes,
			@Nullable String engagementGroups, @Nullable String engagementMethods, @Nullable String engagementHeard,
			@Nullable String implementation, @Nullable String accountability, @Nullable String publicSummary) {
	}

	protected ImpactAnalysis() {
	}

	public ImpactAnalysis(Long planId, Long workgroupId, Long ownerId, Details details, Instant createdAt) {
		this.planId = planId;
		this.workgroupId = workgroupId;
		this.ownerId = ownerId;
		this.createdAt = createdAt;
		apply(details);
	}

	/** Corrects what the analysis is about, while its team may still change it. */
	public void revise(Details details) {
		checkEditable();
		apply(details);
	}

	private void apply(Details details) {
		if (details.title() == null || details.title().isBlank() || details.title().length() > TITLE_MAX) {
			throw new DomainRuleException("analysis.title.invalid", "title");
		}
		Names.requireSingleLine(details.title(), "title");
		if (details.subjectKind() == null) {
			throw new DomainRuleException("analysis.subjectKind.invalid", "subjectKind");
		}
		if (details.description() == null || details.description().isBlank()
				|| details.description().length() > DESCRIPTION_MAX) {
			throw new DomainRuleException("analysis.description.invalid", "description");
		}
		this.title = details.title().trim();
		this.subjectKind = details.subjectKind();
		this.description = details.description().trim();
		this.reviewDate = details.reviewDate();
	}

	/** The team starts the screening of a draft. */
	public void startScreening() {
		if (this.status != AnalysisStatus.DRAFT) {
			throw new DomainRuleException("analysis.transition.invalid");
		}
		this.status = AnalysisStatus.SCREENING;
	}

	/**
	 * Records the screening. A concern (or an unknown) calls for the full analysis; when
	 * there is none, the reason is recorded and the analysis goes to sign-off as it is.
	 * Screening again after a return starts over from these answers.
	 */
	public void screen(Screening screening) {
		if (this.status != AnalysisStatus.SCREENING && this.status != AnalysisStatus.RETURNED) {
			throw new DomainRuleException("analysis.transition.invalid");
		}
		if (screening.negative() == null) {
			throw new DomainRuleException("analysis.screening.answer", "negative");
		}
		if (screening.access() == null) {
			throw new DomainRuleException("analysis.screening.answer", "access");
		}
		if (screening.unknown() == null) {
			throw new DomainRuleException("analysis.screening.answer", "unknown");
		}
		String reason = trimmed(screening.reason(), SHORT_MAX, "analysis.screening.reason.tooLong", "reason");
		boolean full = screening.requiresFullAnalysis();
		if (!full && reason == null) {
			throw new DomainRuleException("analysis.screening.reason.required", "reason");
		}
		this.screenNegative = screening.negative();
		this.screenAccess = screening.access();
		this.screenUnknown = screening.unknown();
		this.fullAnalysis = full;
		this.screenOutReason = full ? null : reason;
		this.status = full ? AnalysisStatus.IN_ANALYSIS : AnalysisStatus.AWAITING_SIGN_OFF;
	}

	/**
	 * Writes the six steps (drafts may be partial), and the indicators the data step
	 * quotes.
	 */
	public void write(Sections sections, Collection<Long> indicators) {
		checkAnalysing();
		this.desiredResults = trimmed(sections.desiredResults(), SECTION_MAX, "analysis.section.tooLong",
				"desiredResults");
		this.dataNotes = trimmed(sections.dataNotes(), SECTION_MAX, "analysis.section.tooLong", "dataNotes");
		this.engagementGroups = trimmed(sections.engagementGroups(), SHORT_MAX, "analysis.section.tooLong",
				"engagementGroups");
		this.engagementMethods = trimmed(sections.engagementMethods(), SHORT_MAX, "analysis.section.tooLong",
				"engagementMethods");
		this.engagementHeard = trimmed(sections.engagementHeard(), SECTION_MAX, "analysis.section.tooLong",
				"engagementHeard");
		this.implementation = trimmed(sections.implementation(), SECTION_MAX, "analysis.section.tooLong",
				"implementation");
		this.accountability = trimmed(sections.accountability(), SECTION_MAX, "analysis.section.tooLong",
				"accountability");
		this.publicSummary = trimmed(sections.publicSummary(), SHORT_MAX, "analysis.section.tooLong", "publicSummary");
		this.indicatorIds.clear();
		this.indicatorIds.addAll(indicators);
	}

	/**
	 * Sends the analysis for sign-off. A full analysis needs every step written and at
	 * least one impact; every missing step is named at once.
	 */
	public void submit(boolean hasImpacts) {
		checkAnalysing();
		if (Boolean.TRUE.equals(this.fullAnalysis)) {
			List<AnalysisSection> missing = missingSections(hasImpacts);
			if (!missing.isEmpty()) {
				throw new IncompleteAnalysisException(missing);
			}
		}
		else if (this.fullAnalysis == null) {
			throw new DomainRuleException("analysis.transition.invalid");
		}
		this.status = AnalysisStatus.AWAITING_SIGN_OFF;
	}

	/** The steps of a full analysis not yet written, in order. */
	public List<AnalysisSection> missingSections(boolean hasImpacts) {
		List<AnalysisSection> missing = new ArrayList<>();
		if (this.desiredResults == null) {
			missing.add(AnalysisSection.DESIRED_RESULTS);
		}
		if (this.dataNotes == null && this.indicatorIds.isEmpty()) {
			missing.add(AnalysisSection.DATA);
		}
		if (this.engagementGroups == null || this.engagementHeard == null) {
			missing.add(AnalysisSection.ENGAGEMENT);
		}
		if (!hasImpacts) {
			missing.add(AnalysisSection.IMPACTS);
		}
		if (this.implementation == null) {
			missing.add(AnalysisSection.IMPLEMENTATION);
		}
		if (this.accountability == null) {
			missing.add(AnalysisSection.ACCOUNTABILITY);
		}
		return missing;
	}

	/**
	 * The reviewer's decision: someone other than the owner, on an analysis awaiting
	 * sign-off. Returning it for revision needs a comment saying what to change;
	 * proceeding with mitigations needs at least one.
	 */
	public void decide(Long reviewer, Decision decision, @Nullable String comment, boolean hasMitigations, Instant at) {
		if (this.status != AnalysisStatus.AWAITING_SIGN_OFF) {
			throw new DomainRuleException("analysis.transition.invalid");
		}
		if (reviewer.equals(this.ownerId)) {
			throw new DomainRuleException("analysis.decide.owner");
		}
		if (decision == null) {
			throw new DomainRuleException("analysis.decide.decision", "decision");
		}
		String text = trimmed(comment, SHORT_MAX, "analysis.decide.comment.tooLong", "comment");
		if (decision == Decision.REVISE && text == null) {
			throw new DomainRuleException("analysis.decide.comment.required", "comment");
		}
		if (decision == Decision.PROCEED_WITH_MITIGATIONS && !hasMitigations) {
			throw new DomainRuleException("analysis.decide.noMitigations", "decision");
		}
		this.reviewerId = reviewer;
		this.decision = decision;
		this.reviewComment = text;
		this.decidedAt = at;
		this.status = decision.signsOff() ? AnalysisStatus.SIGNED_OFF : AnalysisStatus.RETURNED;
	}

	/** Makes a signed-off analysis's public summary public. */
	public void publish(Instant at) {
		if (!this.status.isSignedOff() || this.publishedAt != null) {
			throw new DomainRuleException("analysis.transition.invalid");
		}
		if (this.publicSummary == null) {
			throw new DomainRuleException("analysis.publish.noSummary");
		}
		this.publishedAt = at;
		if (this.status == AnalysisStatus.SIGNED_OFF) {
			this.status = AnalysisStatus.PUBLISHED;
		}
	}

	/** Records, after sign-off, what happened once the subject was carried out. */
	public void evaluate(String notes, Instant at) {
		if (!this.status.isSignedOff()) {
			throw new DomainRuleException("analysis.evaluate.notSignedOff");
		}
		String text = trimmed(notes, SECTION_MAX, "analysis.evaluation.invalid", "evaluation");
		if (text == null) {
			throw new DomainRuleException("analysis.evaluation.invalid", "evaluation");
		}
		this.evaluation = text;
		this.evaluatedAt = at;
		this.status = AnalysisStatus.EVALUATED;
	}

	/** Refuses a change once the analysis is submitted or signed off. */
	public void checkEditable() {
		if (!this.status.isEditable()) {
			throw new DomainRuleException(
					this.status.isSignedOff() ? "analysis.locked.signedOff" : "analysis.locked.awaiting");
		}
	}

	/** Refuses a change to the six steps outside the analysis itself. */
	public void checkAnalysing() {
		checkEditable();
		if (this.status != AnalysisStatus.IN_ANALYSIS && this.status != AnalysisStatus.RETURNED) {
			throw new DomainRuleException("analysis.notInAnalysis");
		}
	}

	/** Awaiting a reviewer, or past its review date without an evaluation. */
	public boolean needsAttention(LocalDate today) {
		return this.status == AnalysisStatus.AWAITING_SIGN_OFF || isPastReview(today);
	}

	public boolean isPastReview(LocalDate today) {
		return this.reviewDate != null && this.reviewDate.isBefore(today) && this.status != AnalysisStatus.EVALUATED;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", this.title);
		values.put("subjectKind", this.subjectKind.name());
		values.put("description", this.description);
		values.put("status", this.status.name());
		values.put("reviewDate", (this.reviewDate != null) ? this.reviewDate.toString() : null);
		values.put("screening", (this.screenNegative != null)
				? this.screenNegative + "/" + this.screenAccess + "/" + this.screenUnknown : null);
		values.put("fullAnalysis", this.fullAnalysis);
		values.put("screenOutReason", this.screenOutReason);
		values.put("desiredResults", this.desiredResults);
		values.put("dataNotes", this.dataNotes);
		values.put("indicators", List.copyOf(this.indicatorIds));
		values.put("engagementGroups", this.engagementGroups);
		values.put("engagementMethods", this.engagementMethods);
		values.put("engagementHeard", this.engagementHeard);
		values.put("implementation", this.implementation);
		values.put("accountability", this.accountability);
		values.put("publicSummary", this.publicSummary);
		values.put("reviewerId", this.reviewerId);
		values.put("decision", (this.decision != null) ? this.decision.name() : null);
		values.put("reviewComment", this.reviewComment);
		values.put("published", this.publishedAt != null);
		values.put("evaluation", this.evaluation);
		return values;
	}

	private static @Nullable String trimmed(@Nullable String text, int max, String key, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			throw new DomainRuleException(key, field);
		}
		return value;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getWorkgroupId() {
		return this.workgroupId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public String getTitle() {
		return this.title;
	}

	public SubjectKind getSubjectKind() {
		return this.subjectKind;
	}

	public String getDescription() {
		return this.description;
	}

	public @Nullable LocalDate getReviewDate() {
		return this.reviewDate;
	}

	public AnalysisStatus getStatus() {
		return this.status;
	}

	public @Nullable ScreeningAnswer getScreenNegative() {
		return this.screenNegative;
	}

	public @Nullable ScreeningAnswer getScreenAccess() {
		return this.screenAccess;
	}

	public @Nullable ScreeningAnswer getScreenUnknown() {
		return this.screenUnknown;
	}

	public @Nullable Boolean getFullAnalysis() {
		return this.fullAnalysis;
	}

	public @Nullable String getScreenOutReason() {
		return this.screenOutReason;
	}

	public @Nullable String getDesiredResults() {
		return this.desiredResults;
	}

	public @Nullable String getDataNotes() {
		return this.dataNotes;
	}

	public @Nullable String getEngagementGroups() {
		return this.engagementGroups;
	}

	public @Nullable String getEngagementMethods() {
		return this.engagementMethods;
	}

	public @Nullable String getEngagementHeard() {
		return this.engagementHeard;
	}

	public @Nullable String getImplementation() {
		return this.implementation;
	}

	public @Nullable String getAccountability() {
		return this.accountability;
	}

	public @Nullable String getPublicSummary() {
		return this.publicSummary;
	}

	public @Nullable Long getReviewerId() {
		return this.reviewerId;
	}

	public @Nullable Decision getDecision() {
		return this.decision;
	}

	public @Nullable String getReviewComment() {
		return this.reviewComment;
	}

	public @Nullable Instant getDecidedAt() {
		return this.decidedAt;
	}

	public @Nullable Instant getPublishedAt() {
		return this.publishedAt;
	}

	public @Nullable String getEvaluation() {
		return this.evaluation;
	}

	public @Nullable Instant getEvaluatedAt() {
		return this.evaluatedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Set<Long> getIndicatorIds() {
		return Set.copyOf(this.indicatorIds);
	}

}
