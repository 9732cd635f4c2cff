package org.alliance.web.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from
 * one address, further attempts are refused until the window has passed. Token buckets
 * from Bucket4j; one bucket per account and per address, refilled gradually.
 */
@Component
public class LoginThrottle {

	private final Map<String, Bucket> byAccount = new ConcurrentHashMap<>();

	private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

	private final int accountAttempts;

	private final int addressAttempts;

	private final Duration window;

	LoginThrottle(@Value("${alliance.login.max-failures-per-account:5}") int accountAttempts,
			@Value("${alliance.login.max-failures-per-address:20}") int addressAttempts,
			@Value("${alliance.login.window:PT15M}") Duration window) {
		this.accountAttempts = accountAttempts;
		this.addressAttempts = addressAttempts;
		this.window = window;
	}

	/** True when this account or this address has used up its failed attempts. */
	public boolean isBlocked(String username, String address) {
		return exhausted(this.byAccount.get(key(username))) || exhausted(this.byAddress.get(address));
	}

	/** Counts one failed sign-in against the account and the address it came from. */
	public void recordFailure(String username, String address) {
		this.byAccount.computeIfAbsent(key(username), (k) -> bucket(this.accountAttempts)).tryConsume(1);
		if (address != null) {
			this.byAddress.computeIfAbsent(address, (k) -> bucket(this.addressAttempts)).tryConsume(1);
		}
	}

	/** A successful sign-in clears the account's failures (not the address's). */
	public void recordSuccess(String username) {
		this.byAccount.remove(key(username));
	}

	/** Forgets buckets that have refilled, so the maps do not grow without bound. */
	@Scheduled(fixedDelayString = "PT5M")
	void forgetRefilled() {
		this.byAccount.entrySet().removeIf((e) -> e.getValue().getAvailableTokens() >= this.accountAttempts);
		this.byAddress.entrySet().removeIf((e) -> e.getValue().getAvailableTokens() >= this.addressAttempts);
	}

	private Bucket bucket(int attempts) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, this.window).build())
			.build();
	}

	private static boolean exhausted(Bucket bucket) {
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private static String key(String username) {
		return (username == null) ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
