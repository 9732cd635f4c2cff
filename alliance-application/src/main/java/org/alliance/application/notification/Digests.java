package org.alliance.application.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.application.notification.NotificationSettingsStore;
import org.alliance.application.notification.NotificationSettingsStore.Recipient;
import org.alliance.application.notification.OutboxStore.Kind;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.progress.ReminderQueries;
import org.alliance.application.progress.ReminderQueries.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily and weekly digests: each person's own steps that need them, their workgroups'
 * attention items and escalations for leads, a short summary of each active plan for
 * leadership and administrators. One per person and day, whichever instance composes it;
 * nothing is queued when there is nothing to say.
 */
@Service
public class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	/** One active plan in a digest. */
	public record PlanLine(long id, String name, int percent, long overdue, long dueSoon, long atRisk, long stale) {
	}

	private final NotificationSettingsStore settings;

	private final ReminderQueries reminders;

	private final ProgressQueries progress;

	private final MailQueue queue;

	private final MailSettings mail;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Digests(NotificationSettingsStore settings, ReminderQueries reminders, ProgressQueries progress, MailQueue queue,
			MailSettings mail, Clock clock, PlatformTransactionManager transactions) {
		this.settings = settings;
		this.reminders = reminders;
		this.progress = progress;
		this.queue = queue;
		this.mail = mail;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Composes today's digests not composed yet, once the day's digest time has come.
	 * @return how many were queued
	 */
	public int composeDue() {
		if (LocalTime.now(this.clock).isBefore(this.mail.digestTime())) {
			return 0;
		}
		return composeToday();
	}

	/**
	 * Composes today's digests not composed yet, whatever the time of day (an
	 * administrator's "prepare today's digests now", the demo once it is loaded).
	 * @return how many were queued
	 */
	public int composeToday() {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> due = this.transaction.execute((status) -> this.settings.dueForDigest(today));
		// the plans' summaries are the same in every digest of the run: worked out once,
		// when
		// the first reader who gets them is reached
		Map<String, List<PlanLine>> plans = new HashMap<>();
		Supplier<List<PlanLine>> planLines = () -> plans.computeIfAbsent("plans", (k) -> plans(today));
		int queued = 0;
		for (Long personId : (due != null) ? due : List.<Long>of()) {
			Optional<Long> id = this.transaction.execute((status) -> composeFor(personId, today, planLines));
			if (id != null && id.isPresent()) {
				queued++;
			}
		}
		if (queued > 0) {
			log.info("Digests queued for {}: {}", today, queued);
		}
		return queued;
	}

	/**
	 * Claims and composes one person's digest for the day, in the caller's transaction.
	 * @return the queued message, or empty when another instance has it, the person may
	 * not get mail or there is nothing to say
	 */
	Optional<Long> composeFor(long personId, LocalDate today, Supplier<List<PlanLine>> planLines) {
		if (!this.settings.claimDigest(personId, today)) {
			return Optional.empty();
		}
		Optional<Recipient> recipient = this.settings.recipient(personId).filter(Recipient::enabled);
		if (recipient.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> model = contentFor(recipient.get(), today, planLines);
		if (model.isEmpty()) {
			return Optional.empty();
		}
		long id = this.queue.queue(Kind.DIGEST, Subscription.DIGEST, recipient.get(), "digest", "mail.digest.subject",
				List.of(today, (Integer) model.get("itemCount")), model);
		this.settings.digestQueued(personId, today, id);
		return Optional.of(id);
	}

	/** What a person's digest says today; empty when there is nothing to say. */
	Map<String, Object> contentFor(Recipient recipient, LocalDate today, Supplier<List<PlanLine>> planLines) {
		int limit = this.mail.listLimit();
		Listing mine = this.reminders.assignedNeedingAttention(recipient.id(), today, limit);
		Listing led = this.reminders.ledNeedingAttention(recipient.id(), today, limit);
		List<MailItem> escalated = new ArrayList<>();
		List<MailItem> attention = new ArrayList<>();
		led.rows().stream().map((row) -> MailItem.of(row, today, this.clock.getZone())).forEach((item) -> {
			if (item.daysOverdue() > this.mail.escalateAfterDays()) {
				escalated.add(item);
			}
			else {
				attention.add(item);
			}
		});
		List<PlanLine> plans = new ArrayList<>();
		SystemRole role = SystemRole.valueOf(recipient.role());
		if (role == SystemRole.LEADERSHIP || role == SystemRole.ADMIN) {
			plans.addAll(planLines.get());
		}
		if (mine.isEmpty() && led.isEmpty() && plans.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("today", today);
		model.put("mine", mine.rows().stream().map((row) -> MailItem.of(row, today, this.clock.getZone())).toList());
		model.put("mineMore", mine.total() - mine.rows().size());
		model.put("escalated", escalated);
		model.put("attention", attention);
		model.put("ledMore", led.total() - led.rows().size());
		model.put("escalateAfterDays", this.mail.escalateAfterDays());
		model.put("plans", plans);
		model.put("itemCount", (int) (mine.total() + led.total()));
		return model;
	}

	private List<PlanLine> plans(LocalDate today) {
		List<PlanLine> lines = new ArrayList<>();
		for (ProgressQueries.PlanChoice plan : this.progress.choices().plans()) {
			if (plan.status() != PlanStatus.ACTIVE) {
				continue;
			}
			ProgressQueries.Summary summary = this.progress.summary(new ProgressQueries.Scope(plan.id(), null), today,
					this.clock.instant());
			Map<String, Long> counts = summary.attentionCounts();
			lines.add(new PlanLine(plan.id(), plan.name(), summary.overall().percent(),
					counts.getOrDefault("overdue", 0L), counts.getOrDefault("dueSoon", 0L),
					counts.getOrDefault("atRisk", 0L), counts.getOrDefault("stale", 0L)));
		}
		return lines;
	}

}
