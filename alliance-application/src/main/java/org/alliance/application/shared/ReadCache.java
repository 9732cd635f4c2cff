package org.alliance.application.shared;

import java.util.function.Supplier;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * Keeps the results of expensive read queries (roll-ups, filtered step lists) until the
 * data changes. Every key carries the {@link DataVersion}, so a change makes a new key
 * and old entries simply age out. Backed by Caffeine through Spring's cache abstraction:
 * bounded, expiring, and loading each key once however many requests miss it at the same
 * moment.
 */
@Component
public class ReadCache {

	/** The cache's name in the {@link CacheManager}. */
	public static final String NAME = "read-models";

	private final Cache cache;

	private final DataVersion version;

	ReadCache(CacheManager caches, DataVersion version) {
		this.cache = CacheSettings.cache(caches, NAME);
		this.version = version;
	}

	/** The data version that keys made now carry. */
	public long version() {
		return this.version.current();
	}

	/**
	 * The value for the key at the current data version, loaded by {@code loader} when
	 * nobody has loaded it yet; concurrent callers of one key wait for one load.
	 */
	public <T> T get(Object key, Supplier<T> loader) {
		return CacheSettings.load(this.cache, new Versioned(key, version()), loader);
	}

	private record Versioned(Object key, long version) {
	}

}
