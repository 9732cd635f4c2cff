package org.alliance.domain.shared;

import java.time.LocalDate;

import org.alliance.domain.plan.Plan;
import org.alliance.domain.workgroup.Workgroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One-line texts (titles, names, labels) hold no line break, tab, NUL or other control
 * character, nor a Unicode line or paragraph separator; the joiners some scripts need are
 * allowed.
 */
class SingleLineTest {

	@ParameterizedTest
	@ValueSource(strings = { "Budget\r\nBcc: a@evil.example", "Budget\nreview", "Tab\there", "Nul\u0000byte",
			"Escape\u001b[31m", "Line\u2028separator", "Paragraph\u2029separator", "Next line\u0085" })
	void controlCharactersAndSeparatorsAreRefused(String text) {
		assertThat(Names.isSingleLine(text)).isFalse();
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> new Workgroup(text, "A charge", 1L))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("name"));
		Plan plan = new Plan("A plan", null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> plan.revise(text, null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("text.singleLine"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Racial Equity Impact Analysis", "Análisis de equidad — 2026", "می‌خواهم",
			"Family 👨‍👩‍👧 support", "A \"quoted\" title" })
	void ordinaryTextInAnyScriptIsAccepted(String text) {
		assertThat(Names.isSingleLine(text)).isTrue();
		assertThat(new Workgroup(text, "A charge", 1L).getName()).isEqualTo(text);
	}

}
