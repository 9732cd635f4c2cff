package org.alliance.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock someone else out. Each attempt
 * takes a token, before the password is checked, from two buckets: the client address's
 * (20 per 15 minutes) and the account's at that address (5 per 15 minutes). Failures from
 * one address never stop the owner signing in from another; a bucket refills gradually,
 * so a throttled address gets one more attempt every few minutes rather than a lock-out.
 * Tokens are taken atomically in PostgreSQL (Bucket4j, select for update), so thirty
 * attempts sent at once get five password checks, and every instance shares the same
 * counts. A successful sign-in gives its attempt back.
 */
@Component
public class LoginThrottle {

	private final SharedBuckets buckets;

	private final BucketConfiguration perAddress;

	private final BucketConfiguration perAccount;

	LoginThrottle(SharedBuckets buckets, @Value("${alliance.login.max-failures-per-account:5}") int accountAttempts,
			@Value("${alliance.login.max-failures-per-address:20}") int addressAttempts,
			@Value("${alliance.login.window:PT15M}") Duration window) {
		this.buckets = buckets;
		this.perAddress = SharedBuckets.limit(addressAttempts, addressAttempts, window);
		this.perAccount = SharedBuckets.limit(accountAttempts, accountAttempts, window);
	}

	/**
	 * Takes one sign-in attempt for this account from this address; false, taking
	 * nothing, when the address or the account at this address has none left.
	 */
	public boolean tryAttempt(@Nullable String username, @Nullable String address) {
		BucketProxy fromAddress = bucket("address:" + address, this.perAddress);
		if (!fromAddress.tryConsume(1)) {
			return false;
		}
		if (!bucket(accountKey(username, address), this.perAccount).tryConsume(1)) {
			fromAddress.addTokens(1);
			return false;
		}
		return true;
	}

	/**
	 * A successful sign-in: its attempt is given back and the account's failures
	 * forgiven.
	 */
	public void succeeded(@Nullable String username, @Nullable String address) {
		bucket("address:" + address, this.perAddress).addTokens(1);
		this.buckets.forget(accountKey(username, address));
	}

	/**
	 * Takes one check of the current password (changing one's own password) for this
	 * person; false when they have none left.
	 */
	public boolean tryPasswordCheck(long personId) {
		return bucket("password-check:" + personId, this.perAccount).tryConsume(1);
	}

	/** The current password was right: the person's failed checks are forgiven. */
	public void passwordCheckSucceeded(long personId) {
		this.buckets.forget("password-check:" + personId);
	}

	private BucketProxy bucket(String key, BucketConfiguration configuration) {
		return this.buckets.bucket(key, configuration);
	}

	/** The account at an address; the key holds a hash, not the e-mail address. */
	private static String accountKey(@Nullable String username, @Nullable String address) {
		String account = (username == null) ? "" : username.trim().toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(account.getBytes(StandardCharsets.UTF_8));
			return "account:" + HexFormat.of().formatHex(digest) + "@" + address;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
