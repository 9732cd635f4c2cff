package org.alliance.application.step;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evidence file's name: the path a browser sent, double quotes and surrounding spaces
 * dropped, composed Unicode (NFC); control characters or more than 200 characters are a
 * problem of the name, checked before anything else.
 */
class EvidenceNameTest {

	private static Evidence named(String name) {
		return new Evidence(name, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void theNameKeptHasNoPathNoQuotesAndIsComposed() {
		assertThat(named("C:\\Users\\me\\signed \"policy\".pdf").safeName()).isEqualTo("signed policy.pdf");
		assertThat(named("../../etc/passwd.pdf").safeName()).isEqualTo("passwd.pdf");
		assertThat(named("Informe de equida\u0301d.pdf").safeName()).isEqualTo("Informe de equidád.pdf");
		assertThat(named("   ").safeName()).isEqualTo("evidence");
		assertThat(named("minutes.pdf").nameProblem()).isEmpty();
	}

	@Test
	void controlCharactersAndLongNamesAreProblems() {
		assertThat(named("minutes\u0000.pdf").nameProblem()).contains("evidence.name.invalid");
		assertThat(named("minutes\r\n.pdf").nameProblem()).contains("evidence.name.invalid");
		assertThat(named("m".repeat(196) + ".pdf").nameProblem()).isEmpty();
		assertThat(named("m".repeat(197) + ".pdf").nameProblem()).contains("evidence.name.tooLong");
		assertThat(named("folder/" + "m".repeat(196) + ".pdf").nameProblem()).as("the path is not the name").isEmpty();
	}

}
