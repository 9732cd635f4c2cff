package org.alliance.web.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.alliance.domain.audit.AuditEntry;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.validation.BindingResult;

/**
 * What an administrator narrows the audit trail to: kind of object, who, and a date
 * range.
 */
public record AuditFilter(String type, String actor, String from, String to, String order) {

	/** How the trail can be ordered (in SQL): newest or oldest first, by who, by kind. */
	enum Order {

		newest(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))),
		oldest(Sort.by(Sort.Order.asc("at"), Sort.Order.asc("id"))),
		actor(Sort.by(Sort.Order.asc("actorName").ignoreCase(), Sort.Order.desc("at"), Sort.Order.desc("id"))),
		type(Sort.by(Sort.Order.asc("entityType"), Sort.Order.desc("at"), Sort.Order.desc("id")));

		final Sort sort;

		Order(Sort sort) {
			this.sort = sort;
		}

	}

	/** The order asked for; anything unknown is newest first. */
	Order chosenOrder() {
		for (Order candidate : Order.values()) {
			if (candidate.name().equals(this.order)) {
				return candidate;
			}
		}
		return Order.newest;
	}

	/**
	 * Parses a date typed as yyyy-mm-dd; blank is no limit, anything else is reported on
	 * the field.
	 */
	static LocalDate date(String value, String field, BindingResult result) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "typeMismatch.java.time.LocalDate");
			return null;
		}
	}

	Specification<AuditEntry> toSpecification(ZoneId zone, BindingResult result) {
		LocalDate fromDate = date(this.from, "from", result);
		LocalDate toDate = date(this.to, "to", result);
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.type != null && !this.type.isBlank()) {
				predicates.add(cb.equal(root.get("entityType"), this.type));
			}
			if (this.actor != null && !this.actor.isBlank()) {
				String pattern = "%" + this.actor.trim()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				predicates.add(cb.like(cb.lower(root.get("actorName")), pattern, '\\'));
			}
			if (fromDate != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("at"), fromDate.atStartOfDay(zone).toInstant()));
			}
			if (toDate != null) {
				predicates.add(cb.lessThan(root.get("at"), toDate.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
