package org.alliance.web.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle on the real database: nobody can lock someone else out, thirty
 * attempts at once get exactly the allowed number of password checks, and two instances
 * share the counts.
 */
class LoginThrottleTest extends WebTestSupport {

	@Autowired
	DataSource dataSource;

	private LoginThrottle throttle(int perAccount, int perAddress) {
		return new LoginThrottle(new SharedBuckets(this.dataSource), perAccount, perAddress, Duration.ofMinutes(15));
	}

	private static String address() {
		return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
				+ (int) (Math.random() * 250) + "-" + UUID.randomUUID();
	}

	private static String account() {
		return "target-" + UUID.randomUUID() + "@example.org";
	}

	@Test
	void failuresFromOneAddressNeverStopTheOwnerSigningInFromAnother() {
		LoginThrottle throttle = throttle(5, 20);
		String target = account();
		String attacker = address();
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.tryAttempt(target, attacker)).isTrue();
		}
		assertThat(throttle.tryAttempt(target, attacker)).as("the attacker's sixth guess").isFalse();
		assertThat(throttle.tryAttempt(target.toUpperCase(), attacker)).as("any capitalisation").isFalse();
		assertThat(throttle.tryAttempt(target, address())).as("the owner, elsewhere").isTrue();
	}

	@Test
	void anAddressRunsOutAcrossAccountsAndASuccessGivesItsAttemptBack() {
		LoginThrottle throttle = throttle(5, 4);
		String busy = address();
		for (int i = 0; i < 4; i++) {
			assertThat(throttle.tryAttempt(account(), busy)).isTrue();
		}
		assertThat(throttle.tryAttempt(account(), busy)).isFalse();
		assertThat(throttle.tryAttempt(account(), address())).isTrue();

		String office = address();
		String person = account();
		for (int i = 0; i < 10; i++) {
			assertThat(throttle.tryAttempt(person, office)).isTrue();
			throttle.succeeded(person, office);
		}
		assertThat(throttle.tryAttempt(account(), office)).as("successes do not use the address up").isTrue();
	}

	@Test
	void thirtyAttemptsAtOnceGetExactlyTheAllowedChecksAcrossTwoInstances() throws Exception {
		LoginThrottle first = throttle(5, 20);
		LoginThrottle second = throttle(5, 20);
		String target = account();
		String attacker = address();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Callable<Boolean>> attempts = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				LoginThrottle instance = (i % 2 == 0) ? first : second;
				attempts.add(() -> instance.tryAttempt(target, attacker));
			}
			long granted = 0;
			for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
				granted += attempt.get() ? 1 : 0;
			}
			assertThat(granted).isEqualTo(5);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void currentPasswordChecksAreLimitedPerPersonAndForgivenWhenRight() {
		LoginThrottle throttle = throttle(5, 20);
		long person = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1_000_000_000L;
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.tryPasswordCheck(person)).isTrue();
		}
		assertThat(throttle.tryPasswordCheck(person)).isFalse();
		throttle.passwordCheckSucceeded(person);
		assertThat(throttle.tryPasswordCheck(person)).isTrue();
	}

}
