package org.alliance.application.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.alliance.domain.audit.AuditEntry;
import org.alliance.persistence.audit.AuditEntryRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The read side of the audit trail for the administrator's page and export (ADR 18). */
@Component
public class AuditViews {

	/**
	 * What the trail is narrowed to: a kind of object, words of who acted, and a range of
	 * days in the organisation's time zone (each optional).
	 */
	public record Query(@Nullable String type, @Nullable String actor, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditViews(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** One page of the trail as narrowed, in the page's order. */
	public Page<AuditEntry> find(Query query, Pageable page) {
		return this.entries.findAll(specification(query), page);
	}

	/** The kinds of object the trail has entries for. */
	public List<String> entityTypes() {
		return this.entries.entityTypes();
	}

	private Specification<AuditEntry> specification(Query q) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (q.type() != null && !q.type().isBlank()) {
				predicates.add(cb.equal(root.get("entityType"), q.type()));
			}
			if (q.actor() != null && !q.actor().isBlank()) {
				String pattern = "%" + q.actor()
					.trim()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				predicates.add(cb.like(cb.lower(root.get("actorName")), pattern, '\\'));
			}
			if (q.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("at"),
						q.from().atStartOfDay(this.clock.getZone()).toInstant()));
			}
			if (q.to() != null) {
				predicates.add(
						cb.lessThan(root.get("at"), q.to().plusDays(1).atStartOfDay(this.clock.getZone()).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
