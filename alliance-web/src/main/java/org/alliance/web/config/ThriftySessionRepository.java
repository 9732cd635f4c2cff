package org.alliance.web.config;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store the session filter uses: Spring Session's JDBC repository, with two
 * savings that keep the shared database cheap, both through Spring Session's public
 * interfaces only. A session whose attributes did not change is written back (to record
 * the access) at most once per {@link #TOUCH_INTERVAL}; and the session a request has
 * just saved is not read back from the database in the same request (Spring Session reads
 * it again to check it still exists: spring-projects/spring-session#1731).
 */
final class ThriftySessionRepository implements FindByIndexNameSessionRepository<ThriftySessionRepository.Tracked> {

	/**
	 * A session whose attributes did not change records its access at most this often, so
	 * reading pages does not write to the database on every request; the idle timeout can
	 * end a session up to this much early.
	 */
	static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

	/** The session this thread's request saved, until the request ends. */
	private static final ThreadLocal<Tracked> JUST_SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> delegate;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	ThriftySessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate) {
		// the delegate's sessions only ever come back to it: its own session type is safe
		this.delegate = (FindByIndexNameSessionRepository) delegate;
	}

	/** Forgets what the request saved; called when every request ends. */
	static void endOfRequest() {
		JUST_SAVED.remove();
	}

	@Override
	public Tracked createSession() {
		return new Tracked(this.delegate.createSession(), true);
	}

	@Override
	public void save(Tracked session) {
		if (session.needsWriting()) {
			this.delegate.save(session.delegate);
			session.written();
		}
		JUST_SAVED.set(session);
	}

	@Override
	public Tracked findById(String id) {
		Tracked saved = JUST_SAVED.get();
		if (saved != null && saved.getId().equals(id)) {
			JUST_SAVED.remove();
			return saved;
		}
		Session found = this.delegate.findById(id);
		return (found != null) ? new Tracked(found, false) : null;
	}

	@Override
	public void deleteById(String id) {
		JUST_SAVED.remove();
		this.delegate.deleteById(id);
	}

	@Override
	public Map<String, Tracked> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Tracked> sessions = new LinkedHashMap<>();
		this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> sessions.put(id, new Tracked(session, false)));
		return sessions;
	}

	/**
	 * A stored session that knows whether anything but its last access changed since it
	 * was read or written.
	 */
	static final class Tracked implements Session {

		private final Session delegate;

		private boolean isNew;

		private boolean changed;

		private Instant storedAccess;

		private Duration storedMaxInactive;

		Tracked(Session delegate, boolean isNew) {
			this.delegate = delegate;
			this.isNew = isNew;
			this.storedAccess = delegate.getLastAccessedTime();
			this.storedMaxInactive = delegate.getMaxInactiveInterval();
		}

		boolean needsWriting() {
			return this.isNew || this.changed || !this.storedMaxInactive.equals(getMaxInactiveInterval())
					|| Duration.between(this.storedAccess, getLastAccessedTime()).compareTo(TOUCH_INTERVAL) >= 0;
		}

		void written() {
			this.isNew = false;
			this.changed = false;
			this.storedAccess = getLastAccessedTime();
			this.storedMaxInactive = getMaxInactiveInterval();
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.delegate.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
