package org.alliance.application.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.notification.OutboxStore;
import org.alliance.application.notification.OutboxStore.Message;
import org.alliance.application.notification.OutboxStore.Status;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outgoing mail page: the outbox as administrators read it, and retries. */
@Service
@Transactional
public class OutgoingMail {

	private final OutboxStore outbox;

	private final OutboxSender sender;

	private final Digests digests;

	private final AuditLog audit;

	private final Clock clock;

	OutgoingMail(OutboxStore outbox, OutboxSender sender, Digests digests, AuditLog audit, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.digests = digests;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Map<Status, Long> counts() {
		return this.outbox.counts();
	}

	@Transactional(readOnly = true)
	public List<Message> page(@Nullable Status status, int offset, int limit) {
		return this.outbox.page(status, offset, limit);
	}

	@Transactional(readOnly = true)
	public Message message(long id) {
		return this.outbox.find(id).orElseThrow(() -> new NotFoundException("Message", id));
	}

	/** Whether a mail server is configured (otherwise messages stay queued here). */
	public boolean mailServerConfigured() {
		return this.sender.configured();
	}

	/** Queues a failed or cancelled message again; false when it was neither. */
	public boolean retry(long id) {
		Message message = message(id);
		boolean queued = this.outbox.retry(id, this.clock.instant());
		if (queued) {
			this.audit.updated("Message", id, "Message queued again",
					Map.of("status", message.status().name(), "subject", message.subject()),
					Map.of("status", Status.QUEUED.name(), "subject", message.subject()));
		}
		return queued;
	}

	/** Composes today's digests not composed yet, whatever the time of day. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int prepareTodaysDigests() {
		return this.digests.composeToday();
	}

}
