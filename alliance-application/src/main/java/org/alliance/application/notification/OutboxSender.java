package org.alliance.application.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.alliance.application.notification.OutboxStore;
import org.alliance.application.notification.OutboxStore.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox through the configured SMTP server ({@code spring.mail.*}). Each
 * batch is locked with {@code FOR UPDATE SKIP LOCKED} in its own transaction, sent and
 * marked in that transaction, so with several instances on one database each message is
 * sent by one of them; a refused message is tried again later, four times as long after
 * each failure, and given up (with the reason) after the last attempt. Without a mail
 * server nothing is sent: messages stay queued for the outgoing mail page.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	static final int BATCH = 20;

	private final OutboxStore outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	OutboxSender(OutboxStore outbox, ObjectProvider<JavaMailSender> mailSender, MailSettings settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Whether a mail server is configured. */
	public boolean configured() {
		return this.mailSender.getIfAvailable() != null;
	}

	/**
	 * Sends what is due, batch after batch, until nothing due is left that another sender
	 * does not hold.
	 * @return how many messages were sent
	 */
	public int deliverDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		while (true) {
			int[] batch = this.transaction.execute((status) -> deliverBatch(sender));
			if (batch == null) {
				return sent;
			}
			sent += batch[1];
			if (batch[0] < BATCH) {
				return sent;
			}
		}
	}

	/**
	 * @return how many messages were taken and how many of them were sent
	 */
	private int[] deliverBatch(JavaMailSender sender) {
		List<Message> due = this.outbox.lockDue(this.clock.instant(), BATCH);
		int sent = 0;
		for (Message message : due) {
			if (!message.recipientEnabled()) {
				this.outbox.cancel(message.id(), "The account is disabled.");
				continue;
			}
			try {
				sender.send(mime(sender, message));
				this.outbox.sent(message.id(), this.clock.instant());
				sent++;
			}
			catch (MailException | MessagingException ex) {
				int attempts = message.attempts() + 1;
				Instant next = (attempts >= this.settings.maxAttempts()) ? null
						: this.clock.instant().plus(this.settings.backoffAfter(attempts));
				String reason = reason(ex);
				log.warn("Message {} to person {} not sent (attempt {}): {}", message.id(), message.personId(),
						attempts, reason);
				this.outbox.attemptFailed(message.id(), reason, next);
			}
		}
		return new int[] { due.size(), sent };
	}

	private MimeMessage mime(JavaMailSender sender, Message message) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
		helper.setFrom(this.settings.from());
		// one strictly parsed address: a value with anything after the address is refused
		helper.setTo(new InternetAddress(message.recipient(), true));
		// every header value is one line, whatever it came from (MailHeaders)
		helper.setSubject(MailHeaders.oneLine(message.subject()));
		helper.setText(message.text(), message.html());
		helper.setSentDate(Date.from(this.clock.instant()));
		mime.setHeader("Content-Language", MailHeaders.oneLine(message.language()));
		mime.setHeader("List-Unsubscribe", "<" + MailHeaders.oneLine(message.unsubscribeUrl()) + ">");
		mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		mime.setHeader("Auto-Submitted", "auto-generated");
		mime.setHeader("X-Alliance-Message", String.valueOf(message.id()));
		return mime;
	}

	/** The innermost cause's message: what the SMTP server or the network said. */
	static String reason(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String text = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		String outer = (ex.getMessage() != null && cause != ex) ? ex.getMessage() + ": " : "";
		String reason = (outer + text).strip();
		return (reason.length() > 1000) ? reason.substring(0, 1000) : reason;
	}

}
