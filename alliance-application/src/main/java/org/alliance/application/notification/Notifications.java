package org.alliance.application.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.audit.CurrentActor;
import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Membership;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.notification.NotificationSettingsStore;
import org.alliance.application.notification.NotificationSettingsStore.Recipient;
import org.alliance.application.notification.NotificationSettingsStore.Settings;
import org.alliance.application.notification.OutboxStore.Kind;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.application.progress.ReminderQueries;
import org.alliance.application.progress.ReminderQueries.Listing;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages sent as soon as something happens: a step assigned to someone, an
 * administrator's reminder to a workgroup. Queued in the transaction of the change, so
 * nothing is sent for a change that did not happen.
 */
@Service
@Transactional
public class Notifications {

	/** The longest note an administrator adds to a reminder. */
	public static final int NOTE_MAX = 1000;

	private final NotificationSettingsStore settings;

	private final MailQueue queue;

	private final WorkgroupRepository workgroups;

	private final AimRepository aims;

	private final ReminderQueries reminders;

	private final CurrentActor actor;

	private final AuditLog audit;

	private final MailSettings mail;

	private final Clock clock;

	Notifications(NotificationSettingsStore settings, MailQueue queue, WorkgroupRepository workgroups,
			AimRepository aims, ReminderQueries reminders, CurrentActor actor, AuditLog audit, MailSettings mail,
			Clock clock) {
		this.settings = settings;
		this.queue = queue;
		this.workgroups = workgroups;
		this.aims = aims;
		this.reminders = reminders;
		this.actor = actor;
		this.audit = audit;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Tells the step's assignee it is theirs, unless they assigned it themselves, their
	 * account is disabled, they paused mail or turned these messages off.
	 */
	public void stepAssigned(ActionStep step) {
		Long assigneeId = step.getAssigneeId();
		if (assigneeId == null || Objects.equals(assigneeId, this.actor.get().personId())) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Optional<Recipient> recipient = this.settings.recipient(assigneeId).filter(Recipient::enabled);
		Settings chosen = this.settings.of(assigneeId);
		if (recipient.isEmpty() || !chosen.onAssignment() || chosen.pausedOn(today)) {
			return;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("stepId", step.getId());
		model.put("title", step.getTitle());
		model.put("dueDate", step.getDueDate());
		model.put("assignedBy", actorName());
		this.workgroups.findById(step.getWorkgroupId()).ifPresent((w) -> model.put("workgroupName", w.getName()));
		this.aims.findById(step.getAimId()).ifPresent((a) -> model.put("aimTitle", a.getTitle()));
		this.queue.queue(Kind.ASSIGNMENT, Subscription.ASSIGNMENT, recipient.get(), "assignment",
				"mail.assignment.subject", List.of(step.getTitle()), model);
	}

	/** The acting person's name as people know it (not their e-mail address). */
	private String actorName() {
		Long personId = this.actor.get().personId();
		return Optional.ofNullable(personId)
			.flatMap(this.settings::recipient)
			.map(Recipient::name)
			.orElse(this.actor.get().name());
	}

	/**
	 * Tells a person they were mentioned in a comment on a step, with the comment, under
	 * the same choice as assignments (turned off, paused or disabled: nothing is sent).
	 */
	public void mentioned(ActionStep step, String comment, long personId) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<Recipient> recipient = this.settings.recipient(personId).filter(Recipient::enabled);
		Settings chosen = this.settings.of(personId);
		if (recipient.isEmpty() || !chosen.onAssignment() || chosen.pausedOn(today)) {
			return;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("stepId", step.getId());
		model.put("title", step.getTitle());
		model.put("comment", comment);
		model.put("author", actorName());
		this.queue.queue(Kind.MENTION, Subscription.ASSIGNMENT, recipient.get(), "mention", "mail.mention.subject",
				List.of(actorName(), step.getTitle()), model);
	}

	/**
	 * An administrator's one-off reminder to a workgroup: each member who may get mail,
	 * has not paused it and takes reminders gets the note and their open steps there.
	 * @return how many messages were queued
	 */
	public int remindWorkgroup(long workgroupId, @Nullable String note) {
		if (note != null && note.length() > NOTE_MAX) {
			throw new DomainRuleException("reminder.note.tooLong", "note");
		}
		Workgroup workgroup = this.workgroups.findWithMembers(workgroupId)
			.orElseThrow(() -> new NotFoundException("Workgroup", workgroupId));
		LocalDate today = LocalDate.now(this.clock);
		int queued = 0;
		List<Long> members = workgroup.getMemberships()
			.stream()
			.map(Membership::getPersonId)
			.sorted(Comparator.naturalOrder())
			.toList();
		for (Long personId : members) {
			Optional<Recipient> recipient = this.settings.recipient(personId).filter(Recipient::enabled);
			Settings chosen = this.settings.of(personId);
			if (recipient.isEmpty() || !chosen.onReminder() || chosen.pausedOn(today)) {
				continue;
			}
			Listing open = this.reminders.openAssignedIn(personId, workgroupId, today, this.mail.listLimit());
			Map<String, Object> model = new HashMap<>();
			model.put("workgroupId", workgroupId);
			model.put("workgroupName", workgroup.getName());
			model.put("note", (note != null) ? note.strip() : "");
			model.put("sentBy", actorName());
			model.put("steps",
					open.rows().stream().map((row) -> MailItem.of(row, today, this.clock.getZone())).toList());
			model.put("more", open.total() - open.rows().size());
			this.queue.queue(Kind.REMINDER, Subscription.REMINDER, recipient.get(), "reminder", "mail.reminder.subject",
					List.of(workgroup.getName()), model);
			queued++;
		}
		Map<String, Object> after = new HashMap<>();
		after.put("name", workgroup.getName());
		after.put("note", note);
		after.put("messages", queued);
		this.audit.created("Workgroup", workgroupId, "Reminder sent", after);
		return queued;
	}

}
