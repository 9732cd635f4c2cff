package org.alliance.web.security;

import java.time.Duration;

import org.alliance.application.person.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void tooShortOrTooLongIsRefused() {
		assertThat(this.policy.check("short")).contains("password.length");
		assertThat(this.policy.check("x".repeat(129))).contains("password.length");
		assertThat(this.policy.check(null)).contains("password.length");
	}

	@Test
	void commonPasswordsAreRefusedEvenWhenLongEnough() {
		assertThat(this.policy.check("123456789012")).isPresent();
		assertThat(this.policy.check("password1234")).isPresent();
		assertThat(this.policy.check("qwertyuiopasdf")).isPresent();
		assertThat(this.policy.check("trustno1trustno1")).isPresent();
	}

	@Test
	void passwordsBuiltFromThePersonsOwnDetailsAreRefused() {
		assertThat(this.policy.check("MorganReyes2026!", "morgan.reyes@example.org", "Morgan Reyes"))
			.contains("password.personal");
		assertThat(this.policy.check("my-morgan.reyes-login", "morgan.reyes@example.org", "Morgan Reyes"))
			.contains("password.personal");
	}

	@Test
	void aPassphraseOfUnrelatedWordsIsAccepted() {
		assertThat(this.policy.check("plum orchard lantern 42")).isEmpty();
		assertThat(this.policy.check("Velvet-Canyon-Tram-9")).isEmpty();
	}

	@Test
	void loginThrottleBlocksAnAddressAfterItsFailures() {
		LoginThrottle throttle = new LoginThrottle(3, 4, Duration.ofMinutes(15));
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("user" + i + "@example.org", "10.9.9.9");
		}
		assertThat(throttle.isBlocked("someone-else@example.org", "10.9.9.9")).isTrue();
		assertThat(throttle.isBlocked("someone-else@example.org", "10.9.9.8")).isFalse();
		assertThat(throttle.isBlocked("user1@example.org", "10.9.9.8")).isFalse();
	}

	@Test
	void loginThrottleBlocksAnAccountAfterItsFailuresAndForgivesASuccess() {
		LoginThrottle throttle = new LoginThrottle(3, 100, Duration.ofMinutes(15));
		for (int i = 0; i < 3; i++) {
			throttle.recordFailure("Target@Example.org", "10.0.0." + i);
		}
		assertThat(throttle.isBlocked("target@example.org", "10.0.0.99")).isTrue();
		throttle.recordSuccess("target@example.org");
		assertThat(throttle.isBlocked("target@example.org", "10.0.0.99")).isFalse();
	}

}
