package org.alliance.application.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A header value is one line whatever it came from: each run of line breaks, tabs, other
 * control characters and Unicode line or paragraph separators becomes one space.
 */
class MailHeadersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Budget review|Budget review", "'  Padded  '|Padded",
					"'Budget\r\nBcc: a@evil.example'|Budget Bcc: a@evil.example", "'Tab\there'|Tab here",
					"'Nul\u0000byte'|Nul byte", "'Line\u2028and\u2029para'|Line and para",
					"'Ends with a break\r\n'|Ends with a break", "'Two \r\n\r\n breaks'|Two breaks",
					"'Análisis — 2026'|Análisis — 2026" })
	void aValueBecomesOneLine(String value, String expected) {
		assertThat(MailHeaders.oneLine(value)).isEqualTo(expected).doesNotContain("\r", "\n");
	}

}
