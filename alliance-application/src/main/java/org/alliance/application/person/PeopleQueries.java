package org.alliance.application.person;

import java.util.List;

import org.alliance.domain.person.SystemRole;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The people list of administrators: filtered by system role, workgroup and account
 * status, sorted by a column, a page at a time, with each person's workgroups, in SQL.
 */
@Repository
public class PeopleQueries {

	/** A person as the list shows them, with the workgroups they lead and belong to. */
	public record PersonRow(long id, String displayName, String email, SystemRole role, boolean enabled,
			@Nullable String leads, @Nullable String memberOf) {
	}

	/** What the list is narrowed to; {@code null} for any. */
	public record Filter(@Nullable SystemRole role, @Nullable Long workgroupId, @Nullable Boolean enabled) {

		public boolean isActive() {
			return this.role != null || this.workgroupId != null || this.enabled != null;
		}

	}

	/** The columns the list sorts by. */
	public enum Order {

		name, email, role, account

	}

	/** A column and a direction; the id settles ties, so pages never overlap. */
	public record Sort(Order by, boolean descending) {

		public static final Sort DEFAULT = new Sort(Order.name, false);

		/** The sort a link asks for; an unknown column gives the default. */
		public static Sort of(@Nullable String by, @Nullable String direction) {
			for (Order order : Order.values()) {
				if (order.name().equals(by)) {
					return new Sort(order, "desc".equals(direction));
				}
			}
			return DEFAULT;
		}

		public boolean isDefault() {
			return DEFAULT.equals(this);
		}

		String sql() {
			String dir = this.descending ? " desc" : " asc";
			return switch (this.by) {
				case name -> "lower(p.display_name)" + dir + ", p.id";
				case email -> "p.email" + dir + ", p.id";
				case role -> "p.system_role" + dir + ", lower(p.display_name), p.id";
				case account -> "p.enabled" + dir + ", lower(p.display_name), p.id";
			};
		}

	}

	private static final String WHERE = """
			 where (cast(:role as varchar) is null or p.system_role = :role)
			 and (cast(:workgroup as bigint) is null or exists (select 1 from workgroup_membership m
			  where m.person_id = p.id and m.workgroup_id = :workgroup))
			 and (cast(:enabled as boolean) is null or p.enabled = :enabled)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	PeopleQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long count(Filter filter) {
		Long count = this.jdbc.queryForObject("select count(*) from person p" + WHERE, params(filter), Long.class);
		return (count != null) ? count : 0L;
	}

	public List<PersonRow> page(Filter filter, Sort sort, int offset, int limit) {
		return this.jdbc.query("""
				select p.id, p.display_name, p.email, p.system_role, p.enabled,
				 (select string_agg(w.name, ', ' order by w.name) from workgroup_membership m
				  join workgroup w on w.id = m.workgroup_id where m.person_id = p.id and m.role = 'LEAD') as leads,
				 (select string_agg(w.name, ', ' order by w.name) from workgroup_membership m
				  join workgroup w on w.id = m.workgroup_id where m.person_id = p.id and m.role = 'MEMBER') as member_of
				 from person p %s order by %s offset :offset limit :limit
				""".formatted(WHERE, sort.sql()), params(filter).addValue("offset", offset).addValue("limit", limit),
				(rs, i) -> new PersonRow(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
						SystemRole.valueOf(rs.getString("system_role")), rs.getBoolean("enabled"),
						rs.getString("leads"), rs.getString("member_of")));
	}

	private static MapSqlParameterSource params(Filter filter) {
		return new MapSqlParameterSource("role", (filter.role() != null) ? filter.role().name() : null)
			.addValue("workgroup", filter.workgroupId())
			.addValue("enabled", filter.enabled());
	}

}
