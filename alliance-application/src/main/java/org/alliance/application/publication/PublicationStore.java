package org.alliance.application.publication;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What each plan makes public, and its publications (each with the public view worked out
 * when it was published, as JSON).
 */
@Repository
public class PublicationStore {

	private final NamedParameterJdbcTemplate jdbc;

	PublicationStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a plan makes public: its address, the aims, steps, indicators and commitments
	 * chosen, and each public step's note for the public (as JSON: step id to text).
	 */
	public record Choices(String slug, Set<Long> aims, Set<Long> steps, Set<Long> indicators, Set<Long> commitments,
			String notesJson) {
	}

	/** A publication: when, by whom, and the public view as JSON. */
	public record Publication(long id, long planId, String slug, Instant publishedAt, @Nullable String publishedBy,
			String modelJson) {
	}

	public Optional<Choices> choices(long planId) {
		return this.jdbc
			.query("select slug, aims, steps, indicators, commitments, notes::text as notes from plan_publication"
					+ " where plan_id = :plan", Map.of("plan", planId), (rs, i) -> choices(rs))
			.stream()
			.findFirst();
	}

	/** Whether another plan already has the address. */
	public boolean slugTaken(String slug, long planId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from plan_publication where slug = :slug and plan_id <> :plan)",
				Map.of("slug", slug, "plan", planId), Boolean.class));
	}

	public void save(long planId, Choices choices) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("plan", planId)
			.addValue("slug", choices.slug())
			.addValue("aims", ids(choices.aims()))
			.addValue("steps", ids(choices.steps()))
			.addValue("indicators", ids(choices.indicators()))
			.addValue("commitments", ids(choices.commitments()))
			.addValue("notes", choices.notesJson());
		this.jdbc.update("""
				insert into plan_publication (plan_id, slug, aims, steps, indicators, commitments, notes)
				 values (:plan, :slug, :aims, :steps, :indicators, :commitments, cast(:notes as jsonb))
				 on conflict (plan_id) do update set slug = excluded.slug, aims = excluded.aims,
				 steps = excluded.steps, indicators = excluded.indicators, commitments = excluded.commitments,
				 notes = excluded.notes
				""", params);
	}

	public long publish(long planId, String slug, Instant at, @Nullable Long by, String modelJson) {
		// one current publication per plan: the new one replaces the one before
		withdraw(planId, at);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("plan", planId)
			.addValue("slug", slug)
			.addValue("at", Timestamp.from(at))
			.addValue("by", by)
			.addValue("model", modelJson);
		Long id = this.jdbc.queryForObject("""
				insert into publication (plan_id, slug, published_at, published_by, model)
				 values (:plan, :slug, :at, :by, cast(:model as jsonb)) returning id
				""", params, Long.class);
		return (id != null) ? id : -1;
	}

	/** Withdraws the plan's current publication; how many were withdrawn. */
	public int withdraw(long planId, Instant at) {
		return this.jdbc.update(
				"update publication set withdrawn_at = :at where plan_id = :plan and withdrawn_at is null",
				Map.of("plan", planId, "at", Timestamp.from(at)));
	}

	/** The current publication of a plan's address, in one statement. */
	public Optional<Publication> current(String slug) {
		return this.jdbc
			.query(SELECT + " where p.slug = :slug and p.withdrawn_at is null"
					+ " order by p.published_at desc, p.id desc limit 1", Map.of("slug", slug),
					(rs, i) -> publication(rs))
			.stream()
			.findFirst();
	}

	/** The current publication of a plan, if any. */
	public Optional<Publication> currentOf(long planId) {
		return this.jdbc
			.query(SELECT + " where p.plan_id = :plan and p.withdrawn_at is null"
					+ " order by p.published_at desc, p.id desc limit 1", Map.of("plan", planId),
					(rs, i) -> publication(rs))
			.stream()
			.findFirst();
	}

	/**
	 * The publications of an address, newest first, for its feed: the current one and the
	 * ones it replaced, never a withdrawn one when the address is withdrawn.
	 */
	public List<Publication> history(String slug, int limit) {
		if (current(slug).isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(SELECT + " where p.slug = :slug order by p.published_at desc, p.id desc limit :limit",
				Map.of("slug", slug, "limit", limit), (rs, i) -> publication(rs));
	}

	/** Every plan published now, by name. */
	public List<Publication> published() {
		return this.jdbc.query(SELECT + " where p.withdrawn_at is null order by p.slug", Map.of(),
				(rs, i) -> publication(rs));
	}

	private static final String SELECT = "select p.id, p.plan_id, p.slug, p.published_at, w.display_name,"
			+ " p.model::text as model from publication p left join person w on w.id = p.published_by";

	private static Publication publication(ResultSet rs) throws SQLException {
		return new Publication(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("slug"),
				rs.getTimestamp("published_at").toInstant(), rs.getString("display_name"), rs.getString("model"));
	}

	private static Choices choices(ResultSet rs) throws SQLException {
		return new Choices(rs.getString("slug"), set(rs.getArray("aims")), set(rs.getArray("steps")),
				set(rs.getArray("indicators")), set(rs.getArray("commitments")), rs.getString("notes"));
	}

	private static Set<Long> set(Array array) throws SQLException {
		Set<Long> ids = new TreeSet<>();
		if (array != null) {
			Arrays.stream((Object[]) array.getArray()).forEach((v) -> ids.add(((Number) v).longValue()));
		}
		return ids;
	}

	private static Long[] ids(Collection<Long> ids) {
		return new ArrayList<>(ids).toArray(Long[]::new);
	}

}
