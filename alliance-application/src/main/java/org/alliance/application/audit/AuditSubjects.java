package org.alliance.application.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The names of the things audit entries are about (a step's title, an indicator's name),
 * for entries whose snapshot does not carry one. Tables and columns come from a fixed
 * list, never from the entry.
 */
@Repository
public class AuditSubjects {

	private static final Map<String, String> NAMES = Map.of("ActionStep", "select id, title from action_step", "Plan",
			"select id, name from plan", "Aim", "select id, title from aim", "Workgroup",
			"select id, name from workgroup", "Person", "select id, display_name from person", "Indicator",
			"select id, name from indicator", "Commitment", "select id, statement from commitment", "CommitmentEvent",
			"select id, name from commitment_event", "DimensionValue", "select id, label from dimension_value",
			"ImpactAnalysis", "select id, title from impact_analysis");

	private final NamedParameterJdbcTemplate jdbc;

	AuditSubjects(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Names by id; an unknown type, or a thing deleted since, has none. */
	public Map<Long, String> namesOf(String entityType, Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		String select = NAMES.get(entityType);
		if (select == null || ids.isEmpty()) {
			return names;
		}
		this.jdbc.query(select + " where id in (:ids)", Map.of("ids", ids),
				(RowCallbackHandler) (rs) -> names.put(rs.getLong(1), rs.getString(2)));
		return names;
	}

}
