package org.alliance.web.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.alliance.application.audit.AuditViews;

import org.springframework.data.domain.Sort;
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

	/**
	 * The filter as the audit trail's query; a badly typed date is reported on its field.
	 */
	AuditViews.Query query(BindingResult result) {
		return new AuditViews.Query(this.type, this.actor, date(this.from, "from", result),
				date(this.to, "to", result));
	}

}
