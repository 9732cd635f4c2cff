package org.alliance.application.notification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What each person wants to receive. A person without a row has {@link #DEFAULTS}; the
 * row is written the first time it is needed, with a random unsubscribe key.
 */
@Repository
public class NotificationSettingsStore {

	/** How often a person gets a digest. */
	public enum Digest {

		OFF, DAILY, WEEKLY

	}

	/** One person's choices. */
	public record Settings(Digest digest, DayOfWeek digestDay, boolean onAssignment, boolean onReminder,
			@Nullable LocalDate pausedUntil) {

		/**
		 * Paused on this day: nothing is sent up to and including the pause's last day.
		 */
		public boolean pausedOn(LocalDate day) {
			return this.pausedUntil != null && !this.pausedUntil.isBefore(day);
		}

		/** Whether a digest is due on this day. */
		public boolean digestDueOn(LocalDate day) {
			return !pausedOn(day) && (this.digest == Digest.DAILY
					|| (this.digest == Digest.WEEKLY && day.getDayOfWeek() == this.digestDay));
		}

	}

	/** A weekly digest on Mondays, assignments and reminders on, no pause. */
	public static final Settings DEFAULTS = new Settings(Digest.WEEKLY, DayOfWeek.MONDAY, true, true, null);

	/** A person as mail reaches them. */
	public record Recipient(long id, String email, String name, @Nullable String language, String role,
			boolean enabled) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	NotificationSettingsStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's settings, or the defaults. */
	public Settings of(long personId) {
		return this.jdbc
			.query("select * from notification_setting where person_id = :person",
					new MapSqlParameterSource("person", personId), (rs, i) -> settings(rs))
			.stream()
			.findFirst()
			.orElse(DEFAULTS);
	}

	/**
	 * The person's unsubscribe key, made (with the default settings) if they have none
	 * yet.
	 */
	public String keyOf(long personId, String newKey) {
		this.jdbc.update("""
				insert into notification_setting (person_id, unsubscribe_key) values (:person, :key)
				 on conflict (person_id) do nothing
				""", new MapSqlParameterSource("person", personId).addValue("key", newKey));
		return this.jdbc.queryForObject("select unsubscribe_key from notification_setting where person_id = :person",
				new MapSqlParameterSource("person", personId), String.class);
	}

	/** Writes the person's settings (making the row if needed, with this key). */
	public void save(long personId, Settings settings, String newKey) {
		this.jdbc.update("""
				insert into notification_setting (person_id, digest, digest_day, on_assignment, on_reminder,
				 paused_until, unsubscribe_key) values (:person, :digest, :day, :assignment, :reminder, :paused, :key)
				 on conflict (person_id) do update set digest = excluded.digest, digest_day = excluded.digest_day,
				 on_assignment = excluded.on_assignment, on_reminder = excluded.on_reminder,
				 paused_until = excluded.paused_until
				""",
				new MapSqlParameterSource("person", personId).addValue("digest", settings.digest().name())
					.addValue("day", settings.digestDay().getValue())
					.addValue("assignment", settings.onAssignment())
					.addValue("reminder", settings.onReminder())
					.addValue("paused", (settings.pausedUntil() != null) ? Date.valueOf(settings.pausedUntil()) : null)
					.addValue("key", newKey));
	}

	/** The person whose unsubscribe links carry this key, and their settings. */
	public Optional<Long> personWithKey(String key) {
		return this.jdbc
			.queryForList("select person_id from notification_setting where unsubscribe_key = :key",
					new MapSqlParameterSource("key", key), Long.class)
			.stream()
			.findFirst();
	}

	public Optional<Recipient> recipient(long personId) {
		return this.jdbc
			.query("select id, email, display_name, language, system_role, enabled from person where id = :person",
					new MapSqlParameterSource("person", personId),
					(rs, i) -> new Recipient(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
							rs.getString("language"), rs.getString("system_role"), rs.getBoolean("enabled")))
			.stream()
			.findFirst();
	}

	/**
	 * The people whose digest is due on this day and not composed yet: enabled, not
	 * paused, daily or weekly on this day of the week.
	 */
	public List<Long> dueForDigest(LocalDate day) {
		return this.jdbc.queryForList("""
				select p.id from person p left join notification_setting n on n.person_id = p.id
				 where p.enabled
				 and (coalesce(n.digest, :defaultDigest) = 'DAILY'
				  or (coalesce(n.digest, :defaultDigest) = 'WEEKLY' and coalesce(n.digest_day, :defaultDay) = :dow))
				 and (n.paused_until is null or n.paused_until < :day)
				 and not exists (select 1 from digest_run r where r.person_id = p.id and r.digest_date = :day)
				 order by p.id
				""",
				new MapSqlParameterSource("day", Date.valueOf(day)).addValue("dow", day.getDayOfWeek().getValue())
					.addValue("defaultDigest", DEFAULTS.digest().name())
					.addValue("defaultDay", DEFAULTS.digestDay().getValue()),
				Long.class);
	}

	/**
	 * Claims the person's digest for the day: true for exactly one caller, whichever
	 * instance it runs on (the claim is part of the caller's transaction).
	 */
	public boolean claimDigest(long personId, LocalDate day) {
		return this.jdbc.update("""
				insert into digest_run (person_id, digest_date) values (:person, :day)
				 on conflict do nothing
				""", new MapSqlParameterSource("person", personId).addValue("day", Date.valueOf(day))) == 1;
	}

	public void digestQueued(long personId, LocalDate day, long outboxId) {
		this.jdbc.update("update digest_run set outbox_id = :outbox where person_id = :person and digest_date = :day",
				new MapSqlParameterSource("person", personId).addValue("day", Date.valueOf(day))
					.addValue("outbox", outboxId));
	}

	private static Settings settings(ResultSet rs) throws SQLException {
		Date paused = rs.getDate("paused_until");
		return new Settings(Digest.valueOf(rs.getString("digest")), DayOfWeek.of(rs.getInt("digest_day")),
				rs.getBoolean("on_assignment"), rs.getBoolean("on_reminder"),
				(paused != null) ? paused.toLocalDate() : null);
	}

}
