package org.alliance.web.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many API requests may be made, counted in PostgreSQL (Bucket4j, as sign-in is), so
 * that every instance shares the same counts:
 * <ul>
 * <li>per token: {@code alliance.api.requests-per-minute} (300), of which at most
 * {@code alliance.api.burst} (60) at once, refilled gradually;</li>
 * <li>per client address, whatever the token:
 * {@code alliance.api.requests-per-minute-per-address} (600);</li>
 * <li>wrong tokens per client address: {@code alliance.api.wrong-tokens-per-address} (10)
 * in {@code alliance.api.wrong-token-window} (15 minutes); past that the address is
 * answered 429 without its token being looked at, so guessing tokens is slowed to a few
 * an hour.</li>
 * </ul>
 * The client address is the one the trusted proxy chain gives ({@code getRemoteAddr()}
 * after Tomcat's remote IP valve), never a header a client sets.
 */
@Component
class ApiThrottle {

	private final SharedBuckets buckets;

	private final BucketConfiguration perToken;

	private final BucketConfiguration perAddress;

	private final BucketConfiguration wrongTokens;

	/**
	 * Addresses this instance saw send a wrong token within the window: only their
	 * requests ask the shared count before the token is looked at, so a correct token
	 * costs no extra query (another instance's count is read after its first wrong token
	 * here).
	 */
	private final Cache<String, Boolean> suspects;

	ApiThrottle(SharedBuckets buckets, @Value("${alliance.api.requests-per-minute:300}") int perMinute,
			@Value("${alliance.api.burst:60}") int burst,
			@Value("${alliance.api.requests-per-minute-per-address:600}") int perAddressMinute,
			@Value("${alliance.api.wrong-tokens-per-address:10}") int wrong,
			@Value("${alliance.api.wrong-token-window:PT15M}") Duration wrongWindow) {
		this.buckets = buckets;
		this.perToken = SharedBuckets.limit(Math.min(burst, perMinute), perMinute, Duration.ofMinutes(1));
		this.perAddress = SharedBuckets.limit(Math.min(Math.max(burst, perAddressMinute / 5), perAddressMinute),
				perAddressMinute, Duration.ofMinutes(1));
		this.wrongTokens = SharedBuckets.limit(wrong, wrong, wrongWindow);
		this.suspects = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(wrongWindow).build();
	}

	/**
	 * Takes one request from the address's and the token's allowance.
	 * @return 0 when the request may go ahead, else the seconds to wait
	 */
	long tryRequest(long tokenId, String address) {
		BucketProxy fromAddress = bucket("api-address:" + address, this.perAddress);
		ConsumptionProbe byAddress = fromAddress.tryConsumeAndReturnRemaining(1);
		if (!byAddress.isConsumed()) {
			return seconds(byAddress.getNanosToWaitForRefill());
		}
		ConsumptionProbe byToken = bucket("api-token:" + tokenId, this.perToken).tryConsumeAndReturnRemaining(1);
		if (!byToken.isConsumed()) {
			fromAddress.addTokens(1);
			return seconds(byToken.getNanosToWaitForRefill());
		}
		return 0;
	}

	/**
	 * Whether this address may still present a token; 0 when it may, else the seconds to
	 * wait (it has sent too many wrong ones). Takes nothing.
	 */
	long wrongTokensWait(String address) {
		if (this.suspects.getIfPresent(address) == null) {
			return 0;
		}
		BucketProxy bucket = bucket("api-wrong-token:" + address, this.wrongTokens);
		if (bucket.getAvailableTokens() > 0) {
			return 0;
		}
		return seconds(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

	/** Counts a wrong token from this address. */
	void wrongToken(String address) {
		this.suspects.put(address, Boolean.TRUE);
		bucket("api-wrong-token:" + address, this.wrongTokens).tryConsume(1);
	}

	private BucketProxy bucket(String key, BucketConfiguration configuration) {
		return this.buckets.bucket(key, configuration);
	}

	private static long seconds(long nanos) {
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

}
