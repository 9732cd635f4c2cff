package org.alliance.web.security;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The token buckets every throttle counts in (sign-in, the API), kept in PostgreSQL by
 * Bucket4j (table {@code login_throttle}, select for update), so that every instance
 * shares the same counts. Keys carry their throttle's prefix.
 */
@Component
class SharedBuckets {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	SharedBuckets(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("login_throttle")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	BucketProxy bucket(String key, BucketConfiguration configuration) {
		return this.buckets.builder().build(key, () -> configuration);
	}

	void forget(String key) {
		this.buckets.removeProxy(key);
	}

	/** Drops buckets that have refilled, so the table does not grow without bound. */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	void forgetRefilled() {
		while (this.buckets.removeExpired(1000) > 0) {
			// next batch
		}
	}

	/**
	 * {@code capacity} at once, refilled gradually at {@code refill} per {@code period}.
	 */
	static BucketConfiguration limit(int capacity, int refill, Duration period) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(Math.max(1, capacity)).refillGreedy(Math.max(1, refill), period))
			.build();
	}

}
