package org.alliance.application.comment;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.notification.Notifications;
import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.person.Person;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.step.ActionStep;
import org.alliance.application.comment.CommentStore;
import org.alliance.application.comment.CommentStore.Comment;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.step.ActionStepRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a step. Callers have been authorised by {@code AccessPolicy}: anyone who
 * may read the step comments, the author edits, the author or an administrator removes.
 */
@Service
@Transactional
public class CommentService {

	public static final int BODY_MAX = 4000;

	public static final int PAGE_SIZE = 20;

	/** {@code @} followed by an e-mail address. */
	static final Pattern MENTION = Pattern.compile("(?<![\\w.+-])@([\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+)");

	/** One page of a step's comments, oldest first. */
	public record CommentPage(List<Comment> comments, long total, int page, int pages) {
	}

	private final CommentStore store;

	private final ActionStepRepository steps;

	private final PersonRepository people;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	CommentService(CommentStore store, ActionStepRepository steps, PersonRepository people, Notifications notifications,
			AuditLog audit, Clock clock) {
		this.store = store;
		this.steps = steps;
		this.people = people;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CommentPage page(long stepId, int page) {
		long total = this.store.count(stepId);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		return new CommentPage(this.store.page(stepId, current * PAGE_SIZE, PAGE_SIZE), total, current, pages);
	}

	/** The number of a step's last page of comments (0 for the first). */
	@Transactional(readOnly = true)
	public int lastPage(long stepId) {
		return (int) Math.max(0, (this.store.count(stepId) - 1) / PAGE_SIZE);
	}

	/** The comment, if it is on this step (otherwise not found). */
	@Transactional(readOnly = true)
	public Comment comment(long stepId, long commentId) {
		return this.store.find(commentId)
			.filter((c) -> c.stepId() == stepId)
			.orElseThrow(() -> new NotFoundException("Comment", commentId));
	}

	/** Adds a comment and tells the people it mentions. */
	public long add(long stepId, long authorId, String body) {
		ActionStep step = this.steps.findById(stepId).orElseThrow(() -> new NotFoundException("Action step", stepId));
		String text = checked(body);
		long id = this.store.add(stepId, authorId, text, this.clock.instant());
		this.audit.created("ActionStep", stepId, "Comment added", Map.of("comment", text));
		for (Person mentioned : mentioned(text)) {
			if (mentioned.getId() != authorId) {
				this.notifications.mentioned(step, text, mentioned.getId());
			}
		}
		return id;
	}

	/**
	 * Replaces a comment's text; the earlier text is kept with it. A person the new text
	 * mentions for the first time is told; those the earlier text mentioned are not told
	 * again.
	 */
	public void edit(long stepId, long commentId, String body) {
		Comment comment = comment(stepId, commentId);
		if (comment.isRemoved()) {
			throw new DomainRuleException("comment.removed", "body");
		}
		String text = checked(body);
		this.store.edit(comment, text, this.clock.instant());
		this.audit.updated("ActionStep", stepId, "Comment edited", Map.of("comment", comment.body()),
				Map.of("comment", text));
		Set<Long> told = new HashSet<>();
		mentioned(comment.body()).forEach((p) -> told.add(p.getId()));
		List<Person> newly = mentioned(text).stream()
			.filter((p) -> !told.contains(p.getId()) && p.getId() != comment.authorId())
			.toList();
		if (!newly.isEmpty()) {
			ActionStep step = this.steps.findById(stepId)
				.orElseThrow(() -> new NotFoundException("Action step", stepId));
			newly.forEach((p) -> this.notifications.mentioned(step, text, p.getId()));
		}
	}

	/** Removes a comment's text; a marker says who removed it and when. */
	public void remove(long stepId, long commentId, long actorId) {
		Comment comment = comment(stepId, commentId);
		if (comment.isRemoved()) {
			return;
		}
		this.store.remove(commentId, actorId, this.clock.instant());
		this.audit.deleted("ActionStep", stepId, "Comment removed", Map.of("comment", comment.body()));
	}

	private static String checked(String body) {
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty()) {
			throw new DomainRuleException("comment.body.required", "body");
		}
		if (text.length() > BODY_MAX) {
			throw new DomainRuleException("comment.body.tooLong", "body");
		}
		return text;
	}

	/** The enabled people whose e-mail addresses the text mentions with {@code @}. */
	private List<Person> mentioned(String text) {
		Set<String> addresses = new LinkedHashSet<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			addresses.add(Person.normaliseEmail(matcher.group(1)));
		}
		return addresses.stream()
			.map(this.people::findByEmail)
			.flatMap(Optional::stream)
			.filter(Person::isEnabled)
			.toList();
	}

}
