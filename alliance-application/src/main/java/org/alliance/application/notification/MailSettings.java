package org.alliance.application.notification;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How reminders and digests are sent ({@code alliance.mail.*}, docs/operations.md).
 */
@Component
public class MailSettings {

	private final String from;

	private final LocalTime digestTime;

	private final int escalateAfterDays;

	private final int maxAttempts;

	private final Duration retryDelay;

	private final Duration keepSent;

	private final int listLimit;

	MailSettings(@Value("${alliance.mail.from:Alliance <alliance@localhost>}") String from,
			@Value("${alliance.mail.digest-time:07:00}") LocalTime digestTime,
			@Value("${alliance.mail.escalate-after-days:14}") int escalateAfterDays,
			@Value("${alliance.mail.max-attempts:6}") int maxAttempts,
			@Value("${alliance.mail.retry-delay:PT1M}") Duration retryDelay,
			@Value("${alliance.mail.keep-sent:P90D}") Duration keepSent,
			@Value("${alliance.mail.list-limit:20}") int listLimit) {
		this.from = from;
		this.digestTime = digestTime;
		this.escalateAfterDays = escalateAfterDays;
		this.maxAttempts = Math.max(1, maxAttempts);
		this.retryDelay = retryDelay;
		this.keepSent = keepSent;
		this.listLimit = Math.max(1, listLimit);
	}

	/** The sender address of every message. */
	public String from() {
		return this.from;
	}

	/** The time of day (in the app's zone) from which the day's digests are composed. */
	public LocalTime digestTime() {
		return this.digestTime;
	}

	/** Days overdue after which a step is escalated to its workgroup's leads. */
	public int escalateAfterDays() {
		return this.escalateAfterDays;
	}

	/** Attempts to send a message before it is given up as failed. */
	public int maxAttempts() {
		return this.maxAttempts;
	}

	/**
	 * The wait after a failed attempt: the retry delay after the first, four times as
	 * long after each further one.
	 */
	public Duration backoffAfter(int attempts) {
		return this.retryDelay.multipliedBy((long) Math.pow(4, Math.max(0, attempts - 1)));
	}

	/** How long sent messages are kept for the outgoing mail page. */
	public Duration keepSent() {
		return this.keepSent;
	}

	/** Items listed per section of a message; the rest are counted with a link. */
	public int listLimit() {
		return this.listLimit;
	}

}
