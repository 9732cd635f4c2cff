package org.alliance.web.shared;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.alliance.persistence.audit.AuditEntryRepository;

import org.springframework.stereotype.Component;

/**
 * Keeps the results of expensive read queries (roll-ups, filtered step lists) until the
 * data changes. Every change to plan data writes an audit entry in the same transaction,
 * so the newest audit id, one indexed lookup shared by every app instance, is the data's
 * version: a changed version is a different key. A time limit bounds what changes made
 * outside the app leave stale.
 */
@Component
public class DataVersionCache {

	static final long TTL_MILLIS = 60_000;

	static final int MAX_ENTRIES = 1_000;

	private record Key(Object key, long version) {
	}

	private record Entry(Object value, long expiresAt) {
	}

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final AuditEntryRepository audit;

	private final Clock clock;

	DataVersionCache(AuditEntryRepository audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	private static final String REQUEST_ATTRIBUTE = DataVersionCache.class.getName() + ".VERSION";

	/**
	 * The current data version, read once per web request (later calls in the same
	 * request reuse it, so one page costs one lookup however many cached results it
	 * uses).
	 */
	public long version() {
		org.springframework.web.context.request.RequestAttributes request = org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes();
		if (request != null && request.getAttribute(REQUEST_ATTRIBUTE,
				org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST) instanceof Long known) {
			return known;
		}
		long version = this.audit.latestId();
		if (request != null) {
			request.setAttribute(REQUEST_ATTRIBUTE, version,
					org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
		}
		return version;
	}

	@SuppressWarnings("unchecked")
	public <T> T get(long version, Object key, Supplier<T> loader) {
		Key versioned = new Key(key, version);
		long now = this.clock.millis();
		Entry entry = this.entries.get(versioned);
		if (entry != null && entry.expiresAt() > now) {
			return (T) entry.value();
		}
		T value = loader.get();
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(versioned, new Entry(value, now + TTL_MILLIS));
		return value;
	}

}
