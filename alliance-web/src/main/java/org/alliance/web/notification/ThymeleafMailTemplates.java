package org.alliance.web.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.alliance.application.notification.MailTemplates;
import org.alliance.web.shared.AppAddress;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Messages written with Thymeleaf templates under {@code templates/mail/}: an HTML
 * template (escaped as on the pages) and a plain-text one per message, the subject from
 * the message bundles, all in the reader's language, with absolute links to the app.
 */
@Component
class ThymeleafMailTemplates implements MailTemplates {

	private final SpringTemplateEngine engine;

	private final MessageSource messages;

	private final AppAddress address;

	ThymeleafMailTemplates(MessageSource messages, AppAddress address) {
		this.messages = messages;
		this.address = address;
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
		this.engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
	}

	private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(Set.of("*" + suffix));
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

	@Override
	public Rendered render(Content content) {
		Locale locale = content.locale();
		String base = this.address.base();
		String unsubscribe = base + content.unsubscribePath();
		Object[] arguments = content.subjectArguments()
			.stream()
			.map((a) -> (a instanceof LocalDate date) ? DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date)
					: a)
			.toArray();
		String subject = this.messages.getMessage(content.subjectCode(), arguments, locale);
		Map<String, Object> variables = new HashMap<>(content.model());
		variables.put("base", base);
		variables.put("unsubscribeUrl", unsubscribe);
		variables.put("settingsUrl", base + "/account/notifications");
		variables.put("subject", subject);
		variables.put("lang", locale.getLanguage());
		Context context = new Context(locale, variables);
		String html = this.engine.process(content.template() + ".html", context);
		String text = this.engine.process(content.template() + ".txt", context);
		return new Rendered(subject, text, html, unsubscribe);
	}

}
