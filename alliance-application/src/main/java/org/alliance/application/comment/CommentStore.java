package org.alliance.application.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Comments on action steps: written, edited (the earlier text kept), removed (a marker
 * kept).
 */
@Repository
public class CommentStore {

	/** A comment as the step page shows it; {@code body} is {@code null} once removed. */
	public record Comment(long id, long stepId, long authorId, String authorName, @Nullable String body,
			Instant createdAt, @Nullable Instant editedAt, @Nullable Instant removedAt, @Nullable String removedByName,
			List<Revision> revisions) {

		public boolean isRemoved() {
			return this.removedAt != null;
		}

	}

	/** An earlier text of an edited comment. */
	public record Revision(String body, Instant writtenAt, Instant replacedAt) {
	}

	private static final String SELECT = """
			select c.*, a.display_name as author_name, r.display_name as removed_by_name
			 from step_comment c join person a on a.id = c.author_id left join person r on r.id = c.removed_by
			""";

	private final NamedParameterJdbcTemplate jdbc;

	CommentStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long add(long stepId, long authorId, String body, Instant now) {
		Long id = this.jdbc.queryForObject("""
				insert into step_comment (step_id, author_id, body, created_at) values (:step, :author, :body, :now)
				 returning id
				""",
				new MapSqlParameterSource("step", stepId).addValue("author", authorId)
					.addValue("body", body)
					.addValue("now", Timestamp.from(now)),
				Long.class);
		return (id != null) ? id : 0L;
	}

	public Optional<Comment> find(long id) {
		return this.jdbc
			.query(SELECT + " where c.id = :id", new MapSqlParameterSource("id", id), (rs, i) -> comment(rs))
			.stream()
			.findFirst()
			.map((c) -> withRevisions(List.of(c)).get(0));
	}

	/** Replaces the text, keeping the one it replaces. */
	public void edit(Comment comment, String body, Instant now) {
		Instant writtenAt = (comment.editedAt() != null) ? comment.editedAt() : comment.createdAt();
		this.jdbc.update("""
				insert into step_comment_revision (comment_id, body, written_at, replaced_at)
				 values (:id, :body, :written, :now)
				""",
				new MapSqlParameterSource("id", comment.id()).addValue("body", comment.body())
					.addValue("written", Timestamp.from(writtenAt))
					.addValue("now", Timestamp.from(now)));
		this.jdbc.update("update step_comment set body = :body, edited_at = :now where id = :id",
				new MapSqlParameterSource("id", comment.id()).addValue("body", body)
					.addValue("now", Timestamp.from(now)));
	}

	/** Removes the text and its earlier versions; the comment stays as a marker. */
	public void remove(long id, long removedBy, Instant now) {
		this.jdbc.update("delete from step_comment_revision where comment_id = :id",
				new MapSqlParameterSource("id", id));
		this.jdbc.update("""
				update step_comment set body = null, removed_at = :now, removed_by = :by where id = :id
				""",
				new MapSqlParameterSource("id", id).addValue("by", removedBy).addValue("now", Timestamp.from(now)));
	}

	public long count(long stepId) {
		Long count = this.jdbc.queryForObject("select count(*) from step_comment where step_id = :step",
				new MapSqlParameterSource("step", stepId), Long.class);
		return (count != null) ? count : 0L;
	}

	/** One page of a step's comments, oldest first, with their earlier texts. */
	public List<Comment> page(long stepId, int offset, int limit) {
		List<Comment> comments = this.jdbc.query(
				SELECT + " where c.step_id = :step order by c.created_at, c.id offset :offset limit :limit",
				new MapSqlParameterSource("step", stepId).addValue("offset", offset).addValue("limit", limit),
				(rs, i) -> comment(rs));
		return withRevisions(comments);
	}

	private List<Comment> withRevisions(List<Comment> comments) {
		if (comments.stream().noneMatch((c) -> c.editedAt() != null)) {
			return comments;
		}
		Map<Long, List<Revision>> revisions = new HashMap<>();
		this.jdbc.query("""
				select comment_id, body, written_at, replaced_at from step_comment_revision
				 where comment_id in (:ids) order by id
				""", new MapSqlParameterSource("ids", comments.stream().map(Comment::id).toList()),
				(RowCallbackHandler) (rs) -> revisions
					.computeIfAbsent(rs.getLong("comment_id"), (k) -> new ArrayList<>())
					.add(new Revision(rs.getString("body"), rs.getTimestamp("written_at").toInstant(),
							rs.getTimestamp("replaced_at").toInstant())));
		return comments.stream()
			.map((c) -> new Comment(c.id(), c.stepId(), c.authorId(), c.authorName(), c.body(), c.createdAt(),
					c.editedAt(), c.removedAt(), c.removedByName(),
					List.copyOf(revisions.getOrDefault(c.id(), List.of()))))
			.toList();
	}

	private static Comment comment(ResultSet rs) throws SQLException {
		return new Comment(rs.getLong("id"), rs.getLong("step_id"), rs.getLong("author_id"),
				rs.getString("author_name"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				instant(rs, "edited_at"), instant(rs, "removed_at"), rs.getString("removed_by_name"), List.of());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
