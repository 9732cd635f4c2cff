package org.alliance.application.shared;

import java.util.Optional;

import org.alliance.persistence.audit.AuditEntryRepository;

import org.springframework.stereotype.Component;

/**
 * The version of the plan data. Every change writes an audit entry in the same
 * transaction, so the newest audit id, one indexed lookup shared by every app instance,
 * changes whenever the data does. Where a {@link Memo} is present (one per web request),
 * the version is looked up once and reused.
 */
@Component
public class DataVersion {

	/** Remembers the version for the length of one unit of work, such as a request. */
	public interface Memo {

		Optional<Long> recall();

		void remember(long version);

	}

	private final AuditEntryRepository audit;

	private final Optional<Memo> memo;

	DataVersion(AuditEntryRepository audit, Optional<Memo> memo) {
		this.audit = audit;
		this.memo = memo;
	}

	public long current() {
		Optional<Long> known = this.memo.flatMap(Memo::recall);
		if (known.isPresent()) {
			return known.get();
		}
		long version = this.audit.latestId();
		this.memo.ifPresent((m) -> m.remember(version));
		return version;
	}

}
