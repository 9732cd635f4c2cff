package org.alliance.application.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a message's content into its subject, plain-text and HTML parts in the reader's
 * language. The web module implements it with the app's templates and messages, and adds
 * the absolute links (the app's address, the unsubscribe link).
 */
public interface MailTemplates {

	/**
	 * @param template the name of the message's templates ({@code digest},
	 * {@code assignment}, {@code reminder})
	 * @param unsubscribePath the path of the unsubscribe link, from the app's root
	 */
	record Content(String template, Locale locale, String subjectCode, List<Object> subjectArguments,
			Map<String, Object> model, String unsubscribePath) {
	}

	record Rendered(String subject, String text, String html, String unsubscribeUrl) {
	}

	Rendered render(Content content);

}
