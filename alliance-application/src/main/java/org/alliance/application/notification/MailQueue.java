package org.alliance.application.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliance.application.notification.NotificationSettingsStore.Recipient;
import org.alliance.application.notification.OutboxStore;
import org.alliance.application.notification.OutboxStore.Kind;
import org.alliance.application.notification.OutboxStore.NewMessage;

import org.springframework.stereotype.Component;

/**
 * Renders a message in its reader's language and writes it to the outbox, in the caller's
 * transaction.
 */
@Component
class MailQueue {

	private final MailTemplates templates;

	private final OutboxStore outbox;

	private final NotificationSettingsService settings;

	private final Clock clock;

	MailQueue(MailTemplates templates, OutboxStore outbox, NotificationSettingsService settings, Clock clock) {
		this.templates = templates;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	static Locale localeOf(Recipient recipient) {
		return Locale.forLanguageTag((recipient.language() != null) ? recipient.language() : "en");
	}

	long queue(Kind kind, Subscription subscription, Recipient recipient, String template, String subjectCode,
			List<Object> subjectArguments, Map<String, Object> model) {
		Locale locale = localeOf(recipient);
		Map<String, Object> withName = new HashMap<>(model);
		withName.put("recipientName", recipient.name());
		String path = "/unsubscribe/" + this.settings.unsubscribeKey(recipient.id()) + "/" + subscription.slug()
				+ "?lang=" + locale.getLanguage();
		MailTemplates.Rendered rendered = this.templates
			.render(new MailTemplates.Content(template, locale, subjectCode, subjectArguments, withName, path));
		return this.outbox.enqueue(new NewMessage(kind, recipient.id(), recipient.email(), locale.toLanguageTag(),
				MailHeaders.oneLine(rendered.subject()), rendered.text(), rendered.html(), rendered.unsubscribeUrl()),
				this.clock.instant());
	}

}
