package org.alliance.domain.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.alliance.domain.shared.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The analysis's life: screening, the six steps, sign-off, publication, evaluation. */
class ImpactAnalysisTest {

	static final Long OWNER = 7L;

	static final Long REVIEWER = 8L;

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	static final ImpactAnalysis.Sections COMPLETE = new ImpactAnalysis.Sections("Results", "Notes", "Groups",
			"Sessions", "Heard", "Plan", "Reporting", "Summary");

	private static ImpactAnalysis draft() {
		return new ImpactAnalysis(1L, 2L, OWNER, new ImpactAnalysis.Details("Interpreters by video",
				SubjectKind.SERVICE_CHANGE, "Video by default", LocalDate.of(2027, 3, 1)), NOW);
	}

	private static ImpactAnalysis inAnalysis() {
		ImpactAnalysis analysis = draft();
		analysis.startScreening();
		analysis.screen(
				new ImpactAnalysis.Screening(ScreeningAnswer.NO, ScreeningAnswer.UNKNOWN, ScreeningAnswer.NO, null));
		return analysis;
	}

	private static ImpactAnalysis awaiting() {
		ImpactAnalysis analysis = inAnalysis();
		analysis.write(COMPLETE, List.of());
		analysis.submit(true);
		return analysis;
	}

	private static String key(Runnable action) {
		try {
			action.run();
		}
		catch (DomainRuleException ex) {
			return ex.messageKey();
		}
		throw new AssertionError("the change was not refused");
	}

	@Test
	void anyConcernOrUnknownCallsForTheFullAnalysis() {
		ImpactAnalysis analysis = inAnalysis();
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.IN_ANALYSIS);
		assertThat(analysis.getFullAnalysis()).isTrue();
		assertThat(new ImpactAnalysis.Screening(ScreeningAnswer.NO, ScreeningAnswer.NO, ScreeningAnswer.NO, null)
			.requiresFullAnalysis()).isFalse();
		assertThat(new ImpactAnalysis.Screening(ScreeningAnswer.YES, ScreeningAnswer.NO, ScreeningAnswer.NO, null)
			.requiresFullAnalysis()).isTrue();
	}

	@Test
	void screenedOutNeedsAReasonAndStillGoesToSignOff() {
		ImpactAnalysis analysis = draft();
		analysis.startScreening();
		ImpactAnalysis.Screening noReason = new ImpactAnalysis.Screening(ScreeningAnswer.NO, ScreeningAnswer.NO,
				ScreeningAnswer.NO, "  ");
		assertThat(key(() -> analysis.screen(noReason))).isEqualTo("analysis.screening.reason.required");
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.SCREENING);
		analysis.screen(new ImpactAnalysis.Screening(ScreeningAnswer.NO, ScreeningAnswer.NO, ScreeningAnswer.NO,
				"Internal tool only"));
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.AWAITING_SIGN_OFF);
		assertThat(analysis.getFullAnalysis()).isFalse();
		assertThat(analysis.getScreenOutReason()).isEqualTo("Internal tool only");
		assertThat(key(() -> analysis.decide(OWNER, Decision.PROCEED, null, false, NOW)))
			.isEqualTo("analysis.decide.owner");
		analysis.decide(REVIEWER, Decision.PROCEED, null, false, NOW);
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.SIGNED_OFF);
	}

	@Test
	void screeningComesAfterTheDraftAndNotBefore() {
		ImpactAnalysis analysis = draft();
		assertThat(key(() -> analysis
			.screen(new ImpactAnalysis.Screening(ScreeningAnswer.YES, ScreeningAnswer.NO, ScreeningAnswer.NO, null))))
			.isEqualTo("analysis.transition.invalid");
		assertThat(key(() -> analysis.write(COMPLETE, List.of()))).isEqualTo("analysis.notInAnalysis");
		assertThat(key(() -> analysis.submit(true))).isEqualTo("analysis.notInAnalysis");
		analysis.startScreening();
		assertThat(key(analysis::startScreening)).isEqualTo("analysis.transition.invalid");
	}

	@Test
	void submittingNamesEveryMissingStepAtOnce() {
		ImpactAnalysis analysis = inAnalysis();
		analysis.write(new ImpactAnalysis.Sections("Results", null, "Groups", "Sessions", null, " ", null, null),
				List.of());
		assertThatThrownBy(() -> analysis.submit(false)).isInstanceOfSatisfying(IncompleteAnalysisException.class,
				(ex) -> assertThat(ex.missing()).containsExactly(AnalysisSection.DATA, AnalysisSection.ENGAGEMENT,
						AnalysisSection.IMPACTS, AnalysisSection.IMPLEMENTATION, AnalysisSection.ACCOUNTABILITY));
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.IN_ANALYSIS);
		// a quoted indicator stands for the data step
		analysis.write(new ImpactAnalysis.Sections("Results", null, "Groups", null, "Heard", "Plan", "Reporting", null),
				List.of(5L));
		analysis.submit(true);
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.AWAITING_SIGN_OFF);
	}

	@Test
	void theOwnerNeverSignsOffAndNothingChangesWhileItAwaitsSignOff() {
		ImpactAnalysis analysis = awaiting();
		assertThat(key(() -> analysis.decide(OWNER, Decision.PROCEED, "fine", false, NOW)))
			.isEqualTo("analysis.decide.owner");
		assertThat(key(() -> analysis.write(COMPLETE, List.of()))).isEqualTo("analysis.locked.awaiting");
		assertThat(key(() -> analysis.revise(new ImpactAnalysis.Details("Other", SubjectKind.POLICY, "x", null))))
			.isEqualTo("analysis.locked.awaiting");
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.AWAITING_SIGN_OFF);
		assertThat(analysis.getReviewerId()).isNull();
	}

	@Test
	void returningNeedsACommentAndMakesItEditableAgain() {
		ImpactAnalysis analysis = awaiting();
		assertThat(key(() -> analysis.decide(REVIEWER, Decision.REVISE, " ", false, NOW)))
			.isEqualTo("analysis.decide.comment.required");
		analysis.decide(REVIEWER, Decision.REVISE, "Engage the peer network too", false, NOW);
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.RETURNED);
		assertThat(analysis.getReviewComment()).isEqualTo("Engage the peer network too");
		analysis.write(new ImpactAnalysis.Sections("Results", "Notes", "Groups and the peer network", "Sessions",
				"Heard", "Plan", "Reporting", "Summary"), List.of());
		analysis.revise(new ImpactAnalysis.Details("Interpreters by video, revised", SubjectKind.SERVICE_CHANGE,
				"Video by default", null));
		analysis.submit(true);
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.AWAITING_SIGN_OFF);
		assertThat(analysis.getEngagementGroups()).isEqualTo("Groups and the peer network");
	}

	@Test
	void afterSignOffOnlyPublicationAndEvaluationRemain() {
		ImpactAnalysis analysis = awaiting();
		assertThat(key(() -> analysis.decide(REVIEWER, Decision.PROCEED_WITH_MITIGATIONS, null, false, NOW)))
			.isEqualTo("analysis.decide.noMitigations");
		analysis.decide(REVIEWER, Decision.PROCEED_WITH_MITIGATIONS, null, true, NOW);
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.SIGNED_OFF);
		assertThat(analysis.getDecision()).isEqualTo(Decision.PROCEED_WITH_MITIGATIONS);
		assertThat(key(() -> analysis.write(COMPLETE, List.of()))).isEqualTo("analysis.locked.signedOff");
		assertThat(key(analysis::checkAnalysing)).isEqualTo("analysis.locked.signedOff");
		assertThat(key(() -> analysis.revise(new ImpactAnalysis.Details("Other", SubjectKind.POLICY, "x", null))))
			.isEqualTo("analysis.locked.signedOff");
		assertThat(key(() -> analysis.decide(REVIEWER, Decision.STOP, null, true, NOW)))
			.isEqualTo("analysis.transition.invalid");
		analysis.publish(NOW);
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.PUBLISHED);
		assertThat(key(() -> analysis.publish(NOW))).isEqualTo("analysis.transition.invalid");
		assertThat(key(() -> analysis.evaluate(" ", NOW))).isEqualTo("analysis.evaluation.invalid");
		analysis.evaluate("Waits fell for Spanish speakers", NOW);
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.EVALUATED);
		assertThat(analysis.getTitle()).isEqualTo("Interpreters by video");
	}

	@Test
	void publishingNeedsAPublicSummaryAndEvaluationNeedsASignOff() {
		ImpactAnalysis analysis = inAnalysis();
		analysis.write(new ImpactAnalysis.Sections("Results", "Notes", "Groups", "Sessions", "Heard", "Plan",
				"Reporting", null), List.of());
		assertThat(key(() -> analysis.evaluate("Too early", NOW))).isEqualTo("analysis.evaluate.notSignedOff");
		analysis.submit(true);
		analysis.decide(REVIEWER, Decision.STOP, "Do not go ahead", false, NOW);
		assertThat(analysis.getStatus()).isEqualTo(AnalysisStatus.SIGNED_OFF);
		assertThat(key(() -> analysis.publish(NOW))).isEqualTo("analysis.publish.noSummary");
		assertThat(analysis.getPublishedAt()).isNull();
	}

	@Test
	void needsAttentionWhenAwaitingOrPastItsReviewDateUntilEvaluated() {
		LocalDate review = LocalDate.of(2027, 3, 1);
		ImpactAnalysis analysis = inAnalysis();
		assertThat(analysis.needsAttention(review)).isFalse();
		assertThat(analysis.needsAttention(review.plusDays(1))).isTrue();
		analysis.write(COMPLETE, List.of());
		analysis.submit(true);
		assertThat(analysis.needsAttention(review.minusDays(30))).isTrue();
		analysis.decide(REVIEWER, Decision.PROCEED, null, false, NOW);
		analysis.evaluate("Done", NOW);
		assertThat(analysis.needsAttention(review.plusDays(1))).isFalse();
	}

	@Test
	void detailsAreCheckedAndSectionsKeepToTheirLength() {
		assertThat(key(() -> new ImpactAnalysis(1L, 2L, OWNER,
				new ImpactAnalysis.Details(" ", SubjectKind.POLICY, "x", null), NOW)))
			.isEqualTo("analysis.title.invalid");
		assertThat(key(() -> new ImpactAnalysis(1L, 2L, OWNER, new ImpactAnalysis.Details("T", null, "x", null), NOW)))
			.isEqualTo("analysis.subjectKind.invalid");
		ImpactAnalysis analysis = inAnalysis();
		String tooLong = "x".repeat(ImpactAnalysis.SECTION_MAX + 1);
		assertThat(key(() -> analysis
			.write(new ImpactAnalysis.Sections(null, null, null, null, null, tooLong, null, null), List.of())))
			.isEqualTo("analysis.section.tooLong");
		assertThat(analysis.getImplementation()).isNull();
		assertThat(key(() -> new ImpactEffect(1L, 2L, Impact.NEGATIVE, " ", 1)))
			.isEqualTo("analysis.effect.evidence.invalid");
		assertThat(Impact.UNKNOWN.needsMitigation()).isTrue();
		assertThat(Impact.NONE.needsMitigation()).isFalse();
	}

}
