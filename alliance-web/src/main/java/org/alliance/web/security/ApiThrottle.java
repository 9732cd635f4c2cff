package org.alliance.web.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many API requests one token may make: {@code alliance.api.requests-per-minute} (600
 * by default), refilled gradually, counted in each instance's memory (with two instances
 * a token may make up to twice as many).
 */
@Component
class ApiThrottle {

	private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final int perMinute;

	ApiThrottle(@Value("${alliance.api.requests-per-minute:600}") int perMinute) {
		this.perMinute = perMinute;
	}

	/**
	 * Takes one request from the token's allowance.
	 * @return 0 when the request may go ahead, else the seconds to wait
	 */
	long tryRequest(long tokenId) {
		Bucket bucket = this.buckets.get(tokenId,
				(id) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.perMinute)
						.refillGreedy(this.perMinute, Duration.ofMinutes(1))
						.build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
	}

}
