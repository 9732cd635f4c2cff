package org.alliance.application.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox: messages written in the same transaction as what caused them, then taken by
 * one sender at a time ({@code FOR UPDATE SKIP LOCKED}) and marked sent, retried later,
 * or given up with the reason.
 */
@Repository
public class OutboxStore {

	/** What a message is. */
	public enum Kind {

		DIGEST, ASSIGNMENT, REMINDER, MENTION

	}

	/** Where a message is. */
	public enum Status {

		QUEUED, SENT, FAILED, CANCELLED

	}

	/** A message to queue. */
	public record NewMessage(Kind kind, long personId, String recipient, String language, String subject, String text,
			String html, String unsubscribeUrl) {
	}

	/**
	 * A queued, sent or failed message, with whether its recipient may still get mail.
	 */
	public record Message(long id, Kind kind, long personId, String recipient, String recipientName, String language,
			String subject, String text, String html, String unsubscribeUrl, Status status, int attempts,
			Instant nextAttemptAt, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt,
			boolean recipientEnabled) {
	}

	private static final String SELECT = """
			select m.*, p.display_name as recipient_name, p.enabled as recipient_enabled
			 from outbox_message m join person p on p.id = m.person_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	OutboxStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long enqueue(NewMessage message, Instant now) {
		Long id = this.jdbc.queryForObject("""
				insert into outbox_message (kind, person_id, recipient, language, subject, text_body, html_body,
				 unsubscribe_url, next_attempt_at, created_at)
				 values (:kind, :person, :recipient, :language, :subject, :text, :html, :unsubscribe, :now, :now)
				 returning id
				""",
				new MapSqlParameterSource("kind", message.kind().name()).addValue("person", message.personId())
					.addValue("recipient", message.recipient())
					.addValue("language", message.language())
					.addValue("subject", message.subject())
					.addValue("text", message.text())
					.addValue("html", message.html())
					.addValue("unsubscribe", message.unsubscribeUrl())
					.addValue("now", Timestamp.from(now)),
				Long.class);
		return (id != null) ? id : 0L;
	}

	/**
	 * Locks up to {@code limit} queued messages whose time has come, oldest first,
	 * skipping those another sender holds: the caller's transaction owns them until it
	 * ends.
	 */
	public List<Message> lockDue(Instant now, int limit) {
		return this.jdbc.query(SELECT + """
				 where m.status = 'QUEUED' and m.next_attempt_at <= :now
				 order by m.next_attempt_at, m.id limit :limit for update of m skip locked
				""", new MapSqlParameterSource("now", Timestamp.from(now)).addValue("limit", limit),
				(rs, i) -> message(rs));
	}

	public void sent(long id, Instant now) {
		this.jdbc.update("""
				update outbox_message set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null
				 where id = :id
				""", new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(now)));
	}

	/**
	 * Records a failed attempt: tried again at {@code nextAttempt}, or, when that is
	 * {@code null}, given up.
	 */
	public void attemptFailed(long id, String error, @Nullable Instant nextAttempt) {
		this.jdbc.update("""
				update outbox_message set attempts = attempts + 1, last_error = left(:error, 1000),
				 status = case when cast(:next as timestamptz) is null then 'FAILED' else 'QUEUED' end,
				 next_attempt_at = coalesce(cast(:next as timestamptz), next_attempt_at)
				 where id = :id
				""", new MapSqlParameterSource("id", id).addValue("error", error)
			.addValue("next", (nextAttempt != null) ? Timestamp.from(nextAttempt) : null));
	}

	public void cancel(long id, String reason) {
		this.jdbc.update("update outbox_message set status = 'CANCELLED', last_error = :reason where id = :id",
				new MapSqlParameterSource("id", id).addValue("reason", reason));
	}

	/** Queues a failed or cancelled message again, to be tried at once. */
	public boolean retry(long id, Instant now) {
		return this.jdbc.update("""
				update outbox_message set status = 'QUEUED', next_attempt_at = :now
				 where id = :id and status in ('FAILED', 'CANCELLED')
				""", new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(now))) == 1;
	}

	public Optional<Message> find(long id) {
		return this.jdbc
			.query(SELECT + " where m.id = :id", new MapSqlParameterSource("id", id), (rs, i) -> message(rs))
			.stream()
			.findFirst();
	}

	/** How many messages there are in each status. */
	public Map<Status, Long> counts() {
		Map<Status, Long> counts = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.query("select status, count(*) as n from outbox_message group by status",
				(RowCallbackHandler) (rs) -> counts.put(Status.valueOf(rs.getString("status")), rs.getLong("n")));
		return counts;
	}

	/** One page of messages, newest first, in one status or all. */
	public List<Message> page(@Nullable Status status, int offset, int limit) {
		return this.jdbc.query(SELECT + """
				 where (cast(:status as varchar) is null or m.status = :status)
				 order by m.created_at desc, m.id desc offset :offset limit :limit
				""",
				new MapSqlParameterSource("status", (status != null) ? status.name() : null).addValue("offset", offset)
					.addValue("limit", limit),
				(rs, i) -> message(rs));
	}

	/** Forgets messages sent before this moment. */
	public int deleteSentBefore(Instant before) {
		return this.jdbc.update("delete from outbox_message where status = 'SENT' and sent_at < :before",
				new MapSqlParameterSource("before", Timestamp.from(before)));
	}

	private static Message message(ResultSet rs) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Message(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getLong("person_id"),
				rs.getString("recipient"), rs.getString("recipient_name"), rs.getString("language"),
				rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
				rs.getString("unsubscribe_url"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), (sent != null) ? sent.toInstant() : null,
				rs.getBoolean("recipient_enabled"));
	}

}
