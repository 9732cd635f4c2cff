package org.alliance.web.security;

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
	void theDemoPasswordAndASeasonOrTheProductWithAYearAreRefused() {
		assertThat(this.policy.check("alliance-demo")).contains("password.demo");
		assertThat(this.policy.check("Alliance-Demo-2026")).contains("password.demo");
		assertThat(this.policy.check("Summer2026!!")).contains("password.pattern");
		assertThat(this.policy.check("Alliance 2027 #x")).contains("password.pattern");
		assertThat(this.policy.check("Invierno-2025")).contains("password.pattern");
		assertThat(this.policy.check("correct horse battery summer2026")).isEmpty();
	}

	@Test
	void passwordsLongerThanBcryptsLimitAreAcceptedUpToTheDocumentedLength() {
		// 126 characters, 141 bytes in UTF-8: beyond bcrypt's 72
		assertThat(this.policy.check("ñandú vuela sobre el río ".repeat(5) + "x")).isEmpty();
	}

	@Test
	void aPassphraseOfUnrelatedWordsIsAccepted() {
		assertThat(this.policy.check("plum orchard lantern 42")).isEmpty();
		assertThat(this.policy.check("Velvet-Canyon-Tram-9")).isEmpty();
	}

}
