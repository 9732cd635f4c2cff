package org.alliance.application.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds steps, aims, plans, workgroups, indicators, commitments, impact analyses and (for
 * those who may see the list of accounts) people by the words typed, in one statement:
 * each word matches as the start of a word, or as an English or Spanish word form,
 * accents ignored; every word must match; results are ranked (titles count more than
 * descriptions) and grouped by kind, with each kind's total.
 */
@Repository
@Transactional(readOnly = true)
public class SearchQueries {

	/** What a result is. */
	public enum Kind {

		STEP, AIM, PLAN, WORKGROUP, INDICATOR, COMMITMENT, ANALYSIS, PERSON

	}

	/**
	 * One result: its kind, id, label, where it belongs (an aim's plan, a step's aim and
	 * workgroup), the id of the page it opens on when that is not its own (an aim: its
	 * plan), and how many results of its kind there are.
	 */
	public record Hit(Kind kind, long id, String label, @Nullable String context, @Nullable Long pageId, long total) {
	}

	/** The results, by kind in the order of {@link Kind}. */
	public record Results(Map<Kind, List<Hit>> hits) {

		/**
		 * Whether a kind has more matches than were ranked and counted ({@link #CAP}).
		 */
		public boolean capped(Kind kind) {
			return total(kind) >= CAP;
		}

		public long total(Kind kind) {
			List<Hit> list = this.hits.get(kind);
			return (list == null || list.isEmpty()) ? 0 : list.get(0).total();
		}

		public boolean isEmpty() {
			return this.hits.isEmpty();
		}

	}

	/**
	 * Matches of one kind ranked and counted at most; a total of this many means "this
	 * many or more".
	 */
	public static final int CAP = 1000;

	/** Words searched for at most; more are ignored. */
	public static final int MAX_WORDS = 8;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final NamedParameterJdbcTemplate jdbc;

	SearchQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The words of what was typed: letters and digits only, lower case, at most eight.
	 */
	public static List<String> words(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
		while (matcher.find() && words.size() < MAX_WORDS) {
			words.add(matcher.group().toLowerCase(Locale.ROOT));
		}
		return List.copyOf(words);
	}

	/**
	 * @param kind only this kind (a page of it), or {@code null}: the first {@code size}
	 * of every kind
	 * @param people whether people are among the results
	 */
	public Results search(List<String> words, @Nullable Kind kind, int offset, int size, boolean people) {
		if (words.isEmpty()) {
			return new Results(Map.of());
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			params.addValue("w" + i, words.get(i));
			// the word as the start of a word, or as an English or Spanish word form
			parts.add("(to_tsquery('simple', alliance_unaccent(:w" + i + ") || ':*')"
					+ " || plainto_tsquery('english', alliance_unaccent(:w" + i + "))"
					+ " || plainto_tsquery('spanish', alliance_unaccent(:w" + i + ")))");
		}
		String query = String.join(" && ", parts);
		params.addValue("kind", (kind != null) ? kind.name() : null)
			.addValue("offset", offset)
			.addValue("size", size)
			.addValue("people", people);
		params.addValue("cap", CAP);
		// each kind ranks and counts at most CAP matches: a word that matches thousands
		// of
		// rows costs what a thousand cost
		String sql = """
				with q as (select %s as query),
				hits as (
				  select 'STEP' as kind, s.id, s.title as label, a.number || '. ' || a.title || ' · ' || w.name as context,
				         null::bigint as page_id, ts_rank(s.search_vector, q.query) as rank
				    from (select s.* from action_step s, q where s.search_vector @@ q.query limit :cap) s
				    join aim a on a.id = s.aim_id join workgroup w on w.id = s.workgroup_id, q
				  union all
				  select 'AIM', a.id, a.number || '. ' || a.title, p.name, p.id, ts_rank(a.search_vector, q.query)
				    from (select a.* from aim a, q where a.search_vector @@ q.query limit :cap) a
				    join plan p on p.id = a.plan_id, q
				  union all
				  select 'PLAN', p.id, p.name, null, null, ts_rank(p.search_vector, q.query)
				    from (select p.* from plan p, q where p.search_vector @@ q.query limit :cap) p, q
				  union all
				  select 'WORKGROUP', w.id, w.name, null, null, ts_rank(w.search_vector, q.query)
				    from (select w.* from workgroup w, q where w.search_vector @@ q.query limit :cap) w, q
				  union all
				  select 'INDICATOR', i.id, i.name, null, null, ts_rank(i.search_vector, q.query)
				    from (select i.* from indicator i, q where i.search_vector @@ q.query limit :cap) i, q
				  union all
				  select 'COMMITMENT', c.id, c.statement, c.made_by, null, ts_rank(c.search_vector, q.query)
				    from (select c.* from commitment c, q where c.search_vector @@ q.query limit :cap) c, q
				  union all
				  select 'ANALYSIS', a.id, a.title, w.name, null, ts_rank(a.search_vector, q.query)
				    from (select a.* from impact_analysis a, q where a.search_vector @@ q.query limit :cap) a
				    join workgroup w on w.id = a.workgroup_id, q
				  union all
				  select 'PERSON', p.id, p.display_name, p.email, null, ts_rank(p.search_vector, q.query)
				    from (select p.* from person p, q where :people and p.search_vector @@ q.query limit :cap) p, q
				)
				select kind, id, label, context, page_id, total from (
				  select h.*, row_number() over (partition by kind order by rank desc, id) as n,
				         count(*) over (partition by kind) as total
				    from hits h where cast(:kind as text) is null or kind = :kind
				) ranked
				 where n > :offset and n <= :offset + :size
				 order by kind, n
				"""
			.formatted(query);
		Map<Kind, List<Hit>> grouped = new EnumMap<>(Kind.class);
		this.jdbc.query(sql, params, (rs) -> {
			Kind found = Kind.valueOf(rs.getString("kind"));
			grouped.computeIfAbsent(found, (k) -> new ArrayList<>())
				.add(new Hit(found, rs.getLong("id"), rs.getString("label"), rs.getString("context"),
						rs.getObject("page_id", Long.class), rs.getLong("total")));
		});
		return new Results(grouped);
	}

}
