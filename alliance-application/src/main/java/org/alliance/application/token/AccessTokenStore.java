package org.alliance.application.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Personal access tokens, found by the digest of the token a request carries. */
@Repository
public class AccessTokenStore {

	/** Read-only tokens, and tokens that also change what their owner may change. */
	public enum Scope {

		READ, READ_WRITE

	}

	/** A token as its owner and administrators see it (never the token itself). */
	public record Token(long id, long personId, String ownerName, String ownerEmail, String name, Scope scope,
			Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		public boolean isActive(Instant now) {
			return this.revokedAt == null && now.isBefore(this.expiresAt);
		}

		public boolean isExpired(Instant now) {
			return !now.isBefore(this.expiresAt);
		}

	}

	private static final String SELECT = """
			select t.id, t.person_id, p.display_name, p.email, t.name, t.scope, t.created_at, t.expires_at,
			 t.last_used_at, t.revoked_at
			 from access_token t join person p on p.id = t.person_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	AccessTokenStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long personId, String name, String digest, Scope scope, Instant createdAt, Instant expiresAt) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("person", personId)
			.addValue("name", name)
			.addValue("digest", digest)
			.addValue("scope", scope.name())
			.addValue("created", Timestamp.from(createdAt))
			.addValue("expires", Timestamp.from(expiresAt));
		Long id = this.jdbc.queryForObject("""
				insert into access_token (person_id, name, digest, scope, created_at, expires_at)
				 values (:person, :name, :digest, :scope, :created, :expires) returning id
				""", params, Long.class);
		return (id != null) ? id : 0L;
	}

	/**
	 * The token with this digest, if it is not revoked, has not expired and its owner can
	 * sign in.
	 */
	public Optional<Token> findUsable(String digest, Instant now) {
		return this.jdbc
			.query(SELECT + " where t.digest = :digest and t.revoked_at is null and t.expires_at > :now and p.enabled",
					new MapSqlParameterSource("digest", digest).addValue("now", Timestamp.from(now)),
					(rs, i) -> token(rs))
			.stream()
			.findFirst();
	}

	public Optional<Token> find(long id) {
		return this.jdbc.query(SELECT + " where t.id = :id", Map.of("id", id), (rs, i) -> token(rs))
			.stream()
			.findFirst();
	}

	/** A person's tokens, newest first. */
	public List<Token> ofPerson(long personId) {
		return this.jdbc.query(SELECT + " where t.person_id = :person order by t.created_at desc, t.id desc",
				Map.of("person", personId), (rs, i) -> token(rs));
	}

	/** Everyone's tokens that are not revoked and have not expired, by owner. */
	public List<Token> allActive(Instant now) {
		return this.jdbc.query(SELECT
				+ " where t.revoked_at is null and t.expires_at > :now order by p.display_name, t.created_at desc",
				Map.of("now", Timestamp.from(now)), (rs, i) -> token(rs));
	}

	/**
	 * @return whether the token was active and is now revoked
	 */
	public boolean revoke(long id, Instant now) {
		return this.jdbc.update("update access_token set revoked_at = :now where id = :id and revoked_at is null",
				new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(now))) == 1;
	}

	/** Revokes every active token of a person; @return how many */
	public int revokeAllOf(long personId, Instant now) {
		return this.jdbc.update(
				"update access_token set revoked_at = :now where person_id = :person and revoked_at is null",
				new MapSqlParameterSource("person", personId).addValue("now", Timestamp.from(now)));
	}

	public void markUsed(long id, Instant now) {
		this.jdbc.update("update access_token set last_used_at = :now where id = :id",
				new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(now)));
	}

	private static Token token(ResultSet rs) throws SQLException {
		Timestamp used = rs.getTimestamp("last_used_at");
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new Token(rs.getLong("id"), rs.getLong("person_id"), rs.getString("display_name"), rs.getString("email"),
				rs.getString("name"), Scope.valueOf(rs.getString("scope")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), (used != null) ? used.toInstant() : null,
				(revoked != null) ? revoked.toInstant() : null);
	}

}
