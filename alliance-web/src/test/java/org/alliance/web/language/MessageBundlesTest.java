package org.alliance.web.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Spanish stay complete: the same keys, and no empty message. */
class MessageBundlesTest {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void englishAndSpanishHaveTheSameKeys() throws IOException {
		Properties english = load("messages.properties");
		Properties spanish = load("messages_es.properties");
		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).hasSizeGreaterThan(300);
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_es.properties" }) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames())
				.allSatisfy((key) -> assertThat(properties.getProperty(key)).as(bundle + " " + key).isNotBlank());
		}
	}

}
