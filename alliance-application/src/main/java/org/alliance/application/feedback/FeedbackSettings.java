package org.alliance.application.feedback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadlines in working days from the day an item came in ({@code alliance.feedback.*},
 * docs/operations.md): to acknowledge (3) and to answer (20).
 */
@Component
public class FeedbackSettings {

	private final int acknowledgeDays;

	private final int answerDays;

	FeedbackSettings(@Value("${alliance.feedback.acknowledge-days:3}") int acknowledgeDays,
			@Value("${alliance.feedback.answer-days:20}") int answerDays) {
		this.acknowledgeDays = Math.max(0, acknowledgeDays);
		this.answerDays = Math.max(this.acknowledgeDays, answerDays);
	}

	public int acknowledgeDays() {
		return this.acknowledgeDays;
	}

	public int answerDays() {
		return this.answerDays;
	}

}
