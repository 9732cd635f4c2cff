package org.alliance.application.notification;

import java.time.Clock;

import org.alliance.application.notification.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The schedule inside the app (no cron): the outbox is sent every half minute, due
 * digests are composed every five minutes, sent messages past their keeping time are
 * forgotten. Every instance runs it; the outbox's row locks and the digests' claims keep
 * each message to one instance. Off with {@code alliance.mail.scheduler.enabled=false}
 * (the tests drive it themselves).
 */
@Component
@ConditionalOnProperty(name = "alliance.mail.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class MailSchedule {

	private static final Logger log = LoggerFactory.getLogger(MailSchedule.class);

	private final OutboxSender sender;

	private final Digests digests;

	private final OutboxStore outbox;

	private final MailSettings settings;

	private final Clock clock;

	MailSchedule(OutboxSender sender, Digests digests, OutboxStore outbox, MailSettings settings, Clock clock) {
		this.sender = sender;
		this.digests = digests;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${alliance.mail.send-interval:PT30S}", initialDelayString = "PT20S")
	void send() {
		try {
			this.sender.deliverDue();
		}
		catch (DataAccessException ex) {
			log.warn("Outbox not sent now, tried again later: {}", ex.getMessage());
		}
	}

	@Scheduled(fixedDelayString = "${alliance.mail.digest-interval:PT5M}", initialDelayString = "PT10S")
	void digests() {
		try {
			this.digests.composeDue();
			this.outbox.deleteSentBefore(this.clock.instant().minus(this.settings.keepSent()));
		}
		catch (DataAccessException ex) {
			log.warn("Digests not composed now, tried again later: {}", ex.getMessage());
		}
	}

}
