package org.alliance.domain.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.alliance.domain.shared.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An item's triage, its deadlines in working days, and its summary's two people. */
class FeedbackItemTest {

	// a Friday
	static final Instant FRIDAY = Instant.parse("2026-11-27T10:00:00Z");

	private static FeedbackItem item(boolean consent) {
		return new FeedbackItem("F-TEST01", "0".repeat(64), new FeedbackItem.Submission(FeedbackTopic.PLAN, 1L, null,
				null, "  Evening hours please  ", " ", Set.of(3L), consent), "en", FRIDAY);
	}

	private static String key(Runnable action) {
		try {
			action.run();
		}
		catch (DomainRuleException ex) {
			return ex.messageKey();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void workingDaysSkipWeekends() {
		LocalDate friday = LocalDate.of(2026, 11, 27);
		assertThat(WorkingDays.after(friday, 3)).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(WorkingDays.after(friday, 20)).isEqualTo(LocalDate.of(2026, 12, 25));
		assertThat(WorkingDays.after(LocalDate.of(2026, 11, 28), 1)).as("Saturday + 1")
			.isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(WorkingDays.between(friday, LocalDate.of(2026, 11, 30))).isEqualTo(1);
		assertThat(WorkingDays.between(friday, friday)).isZero();
	}

	@Test
	void deadlinesAreCountedInWorkingDaysFromTheDayItCameIn() {
		FeedbackItem item = item(false);
		assertThat(item.acknowledgeBy(ZoneOffset.UTC, 3)).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(item.isOverdue(LocalDate.of(2026, 12, 2), ZoneOffset.UTC, 3, 20)).isFalse();
		assertThat(item.isOverdue(LocalDate.of(2026, 12, 3), ZoneOffset.UTC, 3, 20)).isTrue();
		item.acknowledge(Instant.parse("2026-11-30T09:00:00Z"));
		assertThat(item.isOverdue(LocalDate.of(2026, 12, 3), ZoneOffset.UTC, 3, 20)).isFalse();
		assertThat(item.isOverdue(LocalDate.of(2026, 12, 28), ZoneOffset.UTC, 3, 20)).as("not answered").isTrue();
	}

	@Test
	void triageRunsInOrderAndTheMessageIsKeptAsSent() {
		FeedbackItem item = item(true);
		assertThat(item.getMessage()).isEqualTo("Evening hours please");
		assertThat(item.getContact()).isNull();
		assertThat(key(() -> item.answer(Outcome.TAKEN_FORWARD, "Yes", FRIDAY)))
			.isEqualTo("feedback.answer.notAssigned");
		assertThat(key(() -> item.close(FRIDAY))).isEqualTo("feedback.close.notAnswered");
		item.assign(5L, FRIDAY);
		assertThat(item.getStatus()).isEqualTo(FeedbackStatus.ASSIGNED);
		assertThat(item.getAcknowledgedAt()).as("assigning acknowledges").isEqualTo(FRIDAY);
		assertThat(key(() -> item.answer(Outcome.PARTLY, " ", FRIDAY))).isEqualTo("feedback.response.invalid");
		item.answer(Outcome.PARTLY, "One late clinic a week", FRIDAY);
		assertThat(key(() -> item.assign(6L, FRIDAY))).isEqualTo("feedback.transition.invalid");
		item.close(FRIDAY);
		assertThat(item.getStatus()).isEqualTo(FeedbackStatus.CLOSED);
	}

	@Test
	void aSummaryNeedsConsentAnAnswerAndASecondPersonToApproveIt() {
		FeedbackItem refused = item(false);
		refused.assign(5L, FRIDAY);
		refused.answer(Outcome.TAKEN_FORWARD, "Done", FRIDAY);
		assertThat(key(() -> refused.writeSummary("Said", "Did", 1L))).isEqualTo("feedback.summary.noConsent");
		FeedbackItem item = item(true);
		assertThat(key(() -> item.writeSummary("Said", "Did", 1L))).isEqualTo("feedback.summary.notAnswered");
		item.assign(5L, FRIDAY);
		item.answer(Outcome.TAKEN_FORWARD, "Done", FRIDAY);
		assertThat(key(() -> item.approveSummary(2L, FRIDAY))).isEqualTo("feedback.summary.none");
		item.writeSummary("People asked for evening hours", "One late clinic a week", 1L);
		assertThat(key(() -> item.approveSummary(1L, FRIDAY))).isEqualTo("feedback.summary.sameApprover");
		item.approveSummary(2L, FRIDAY);
		assertThat(item.isPublished()).isTrue();
		item.writeSummary("People asked for evening hours", "Two late clinics a week", 2L);
		assertThat(item.isPublished()).as("a rewritten summary is approved again").isFalse();
	}

	@Test
	void safeguardingIsRestrictedUntilHandledAndAComplaintRecordsItsDay() {
		FeedbackItem item = item(false);
		assertThat(item.isRestricted()).isFalse();
		item.flagSafeguarding();
		assertThat(item.isRestricted()).isTrue();
		item.handleSafeguarding(FRIDAY);
		assertThat(item.isRestricted()).isFalse();
		assertThat(key(() -> item.passOnAsComplaint(null))).isEqualTo("feedback.passedOn.required");
		item.passOnAsComplaint(LocalDate.of(2026, 11, 30));
		assertThat(item.isFormalComplaint()).isTrue();
		assertThat(item.snapshot()).doesNotContainKey("contact").doesNotContainKey("message");
	}

	@Test
	void aMessageIsRequiredAndTheTopicMustSayWhich() {
		assertThatThrownBy(() -> new FeedbackItem("F-X", "0".repeat(64),
				new FeedbackItem.Submission(FeedbackTopic.AIM, 1L, null, null, "Hi", null, Set.of(), false), "en",
				FRIDAY))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("feedback.aim.required");
		assertThatThrownBy(() -> new FeedbackItem("F-X", "0".repeat(64),
				new FeedbackItem.Submission(FeedbackTopic.PLAN, 1L, null, null, " ", null, Set.of(), false), "en",
				FRIDAY))
			.hasMessage("feedback.message.invalid");
	}

}
