package org.alliance.application.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;
import org.alliance.application.token.AccessTokenStore;
import org.alliance.application.token.AccessTokenStore.Scope;
import org.alliance.application.token.AccessTokenStore.Token;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API. A token is 256 random bits, shown once when it is
 * made; only its SHA-256 digest is kept, so a copy of the database gives nobody a usable
 * token. A token acts with its owner's permissions at the time of each request (the
 * owner's account is read with it) and no more; a read token only reads. Revoking a
 * token, disabling its owner or its expiry ends it at once.
 */
@Service
@Transactional
public class AccessTokenService {

	/** What every token starts with, so secret scanners and people recognise one. */
	public static final String PREFIX = "alliance_pat_";

	public static final int NAME_MAX = 80;

	/** The longest a token may live. */
	public static final int MAX_DAYS = 366;

	/** How often the "last used" time of a token is written at most. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccessTokenStore store;

	private final AuditLog audit;

	private final Clock clock;

	AccessTokenService(AccessTokenStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** A token just made: the secret (shown once) and what is kept of it. */
	public record Created(String secret, Token token) {
	}

	/**
	 * Makes a token for a person, valid through the given date.
	 * @throws DomainRuleException for a blank or long name, or an expiry date in the past
	 * or more than {@link #MAX_DAYS} ahead
	 */
	public Created create(long personId, String name, Scope scope, LocalDate lastDay) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty()) {
			throw new DomainRuleException("token.name.required", "name");
		}
		if (trimmed.length() > NAME_MAX) {
			throw new DomainRuleException("token.name.tooLong", "name");
		}
		Names.requireSingleLine(trimmed, "name");
		LocalDate today = LocalDate.now(this.clock);
		if (lastDay == null || lastDay.isBefore(today) || lastDay.isAfter(today.plusDays(MAX_DAYS))) {
			throw new DomainRuleException("token.expiry.range", "expiresOn");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = this.clock.instant();
		Instant expires = lastDay.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
		long id = this.store.insert(personId, trimmed, digest(secret), scope, now, expires);
		Token token = this.store.find(id).orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", trimmed);
		after.put("scope", scope.name());
		after.put("expiresAt", expires.toString());
		after.put("owner", personId);
		this.audit.created("AccessToken", id, "Access token created", after);
		return new Created(secret, token);
	}

	@Transactional(readOnly = true)
	public List<Token> ofPerson(long personId) {
		return this.store.ofPerson(personId);
	}

	@Transactional(readOnly = true)
	public List<Token> allActive() {
		return this.store.allActive(this.clock.instant());
	}

	/**
	 * Revokes a token of the person ({@code asAdministrator}: anyone's). A token of
	 * somebody else is not found, so its id tells nothing.
	 */
	public void revoke(long tokenId, long personId, boolean asAdministrator) {
		Token token = this.store.find(tokenId)
			.filter((t) -> asAdministrator || t.personId() == personId)
			.orElseThrow(() -> new NotFoundException("Access token", tokenId));
		if (this.store.revoke(tokenId, this.clock.instant())) {
			Map<String, Object> before = new LinkedHashMap<>();
			before.put("name", token.name());
			before.put("owner", token.personId());
			this.audit.updated("AccessToken", tokenId, "Access token revoked", before, Map.of("revoked", true));
		}
	}

	/**
	 * The usable token a request carries: not revoked, not expired, its owner able to
	 * sign in. Notes when it was last used (at most once a minute).
	 */
	public Optional<Token> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<Token> token = this.store.findUsable(digest(secret), now);
		token.filter((t) -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION)))
			.ifPresent((t) -> this.store.markUsed(t.id(), now));
		return token;
	}

	/** The hex SHA-256 digest under which a token is kept. */
	public static String digest(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
