package org.alliance.application.shared;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's caches: each module declares the caches it needs as
 * {@link CacheSettings.Spec} beans (name, size, lifetime) and one Caffeine cache manager
 * holds them all. Nothing else is cached: a name nobody declared is refused.
 */
@Configuration(proxyBeanMethods = false)
public class CacheSettings {

	/** How long an entry may outlive a change made outside the app (by SQL, say). */
	public static final Duration LIFETIME = Duration.ofSeconds(60);

	/** One cache: its name, how many entries it keeps at most, how long each lives. */
	public record Spec(String name, long maximumSize, Duration lifetime) {
	}

	@Bean
	Spec readModelCache() {
		return new Spec(ReadCache.NAME, 1_000, LIFETIME);
	}

	@Bean
	CaffeineCacheManager cacheManager(List<Spec> specs) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setCacheNames(List.of());
		for (Spec spec : specs) {
			manager.registerCustomCache(spec.name(),
					Caffeine.newBuilder().maximumSize(spec.maximumSize()).expireAfterWrite(spec.lifetime()).build());
		}
		return manager;
	}

	/** The named cache, which must have been declared. */
	public static Cache cache(CacheManager caches, String name) {
		Cache cache = caches.getCache(name);
		if (cache == null) {
			throw new IllegalStateException("No cache " + name + " is declared");
		}
		return cache;
	}

	/**
	 * The cached value, or the loader's, computed once per key at a time; what the loader
	 * throws reaches the caller unwrapped.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T load(Cache cache, Object key, Supplier<T> loader) {
		try {
			return (T) cache.get(key, loader::get);
		}
		catch (Cache.ValueRetrievalException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

}
