package org.alliance.application.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.cache.caffeine.CaffeineCacheManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadCacheTest {

	private final CaffeineCacheManager caches = new CacheSettings()
		.cacheManager(List.of(new CacheSettings.Spec(ReadCache.NAME, 10, Duration.ofMinutes(1))));

	/** A data version the test moves by hand. */
	private final AtomicInteger version = new AtomicInteger(1);

	private final ReadCache cache = new ReadCache(this.caches, new DataVersion(null, Optional.empty()) {
		@Override
		public long current() {
			return ReadCacheTest.this.version.get();
		}
	});

	@Test
	void readersWhoMissAtTheSameMomentWaitForOneLoad() throws Exception {
		AtomicInteger loads = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.cache.get("figures", () -> {
						loads.incrementAndGet();
						sleep(200);
						return "computed";
					});
				}));
			}
			start.countDown();
			for (Future<String> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("computed");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(loads).hasValue(1);
	}

	@Test
	void aNewDataVersionIsANewKey() {
		AtomicInteger loads = new AtomicInteger();
		assertThat(this.cache.get("figures", loads::incrementAndGet)).isEqualTo(1);
		assertThat(this.cache.get("figures", loads::incrementAndGet)).isEqualTo(1);
		this.version.incrementAndGet();
		assertThat(this.cache.get("figures", loads::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void whatALoaderThrowsReachesTheCallerAsItIsAndNothingIsKept() {
		assertThatThrownBy(() -> this.cache.get("missing", () -> {
			throw new NotFoundException("Plan", 7);
		})).isInstanceOf(NotFoundException.class);
		assertThat(this.cache.get("missing", () -> "found later")).isEqualTo("found later");
	}

	@Test
	void aCacheNobodyDeclaredIsRefused() {
		assertThatThrownBy(() -> CacheSettings.cache(this.caches, "undeclared"))
			.isInstanceOf(IllegalStateException.class);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
