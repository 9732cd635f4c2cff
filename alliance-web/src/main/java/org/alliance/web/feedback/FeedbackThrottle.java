package org.alliance.web.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds back floods of feedback: at most {@code alliance.feedback.per-address} (5)
 * submissions from one network address in {@code alliance.feedback.window} (10 minutes).
 * Addresses are kept in memory only, for the length of the window, and never stored with
 * feedback.
 */
@Component
class FeedbackThrottle {

	private static final int MAX_ADDRESSES = 50_000;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final int perAddress;

	private final Duration window;

	private final Clock clock;

	FeedbackThrottle(@Value("${alliance.feedback.per-address:5}") int perAddress,
			@Value("${alliance.feedback.window:PT10M}") Duration window, Clock clock) {
		this.perAddress = perAddress;
		this.window = window;
		this.clock = clock;
	}

	/** Counts a submission from this address; false when it is one too many. */
	boolean tryAcquire(String address) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.window);
		if (this.recent.size() > MAX_ADDRESSES) {
			this.recent.entrySet().removeIf((e) -> {
				synchronized (e.getValue()) {
					return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(since);
				}
			});
		}
		Deque<Instant> times = this.recent.computeIfAbsent(address, (a) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
				times.pollFirst();
			}
			if (times.size() >= this.perAddress) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

}
