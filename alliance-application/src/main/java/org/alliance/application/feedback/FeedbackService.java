package org.alliance.application.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.alliance.application.audit.AuditLog;
import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.StaleEditException;
import org.alliance.application.step.StepDraft;
import org.alliance.application.step.StepService;
import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.FeedbackNote;
import org.alliance.domain.feedback.FeedbackStatus;
import org.alliance.domain.feedback.Outcome;
import org.alliance.domain.feedback.ServiceArea;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.step.ActionStep;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.feedback.FeedbackItemRepository;
import org.alliance.persistence.feedback.FeedbackNoteRepository;
import org.alliance.persistence.feedback.ServiceAreaRepository;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback through its life. A submission gets a short reference and a private status
 * token (256 random bits; only its SHA-256 is stored, looked up by an index, so a wrong
 * token costs what a right one does and reveals nothing). Everything staff do is audited,
 * never with the sender's contact details.
 */
@Service
@Transactional
public class FeedbackService {

	private static final String ENTITY = "FeedbackItem";

	private static final String REFERENCE_LETTERS = "ACDEFGHJKLMNPQRTUVWXY3479";

	private final SecureRandom random = new SecureRandom();

	private final FeedbackItemRepository items;

	private final FeedbackNoteRepository notes;

	private final ServiceAreaRepository areas;

	private final PlanRepository plans;

	private final AimRepository aims;

	private final WorkgroupRepository workgroups;

	private final ActionStepRepository steps;

	private final DimensionValueRepository groups;

	private final StepService stepService;

	private final FeedbackSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	FeedbackService(FeedbackItemRepository items, FeedbackNoteRepository notes, ServiceAreaRepository areas,
			PlanRepository plans, AimRepository aims, WorkgroupRepository workgroups, ActionStepRepository steps,
			DimensionValueRepository groups, FeedbackSettings settings, AuditLog audit, Clock clock,
			StepService stepService) {
		this.stepService = stepService;
		this.items = items;
		this.notes = notes;
		this.areas = areas;
		this.plans = plans;
		this.aims = aims;
		this.workgroups = workgroups;
		this.steps = steps;
		this.groups = groups;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the sender keeps: the reference to quote and the private link's token. */
	public record Receipt(String reference, String token) {
	}

	/** Stores what was sent, checked; returns the reference and the status token. */
	public Receipt submit(FeedbackItem.Submission submission, String language) {
		return submit(submission, language, this.clock.instant()).receipt();
	}

	/** The item stored and what its sender keeps. */
	public record Submitted(FeedbackItem item, Receipt receipt) {
	}

	/** The same, received at a given time (the demo's items came in over months). */
	public Submitted submit(FeedbackItem.Submission submission, String language, Instant receivedAt) {
		if (submission.planId() != null && !this.plans.existsById(submission.planId())) {
			throw new DomainRuleException("feedback.topic.required", "topic");
		}
		if (submission.aimId() != null && !this.aims.existsById(submission.aimId())) {
			throw new DomainRuleException("feedback.aim.required", "aimId");
		}
		if (submission.serviceAreaId() != null
				&& this.areas.findById(submission.serviceAreaId()).filter((a) -> a.isActive()).isEmpty()) {
			throw new DomainRuleException("feedback.serviceArea.required", "serviceAreaId");
		}
		if (this.groups.findAllById(submission.groupIds()).size() != submission.groupIds().size()) {
			throw new DomainRuleException("feedback.groups.invalid", "groupIds");
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String reference;
		do {
			StringBuilder letters = new StringBuilder("F-");
			for (int i = 0; i < 6; i++) {
				letters.append(REFERENCE_LETTERS.charAt(this.random.nextInt(REFERENCE_LETTERS.length())));
			}
			reference = letters.toString();
		}
		while (this.items.existsByReference(reference));
		FeedbackItem item = this.items.save(new FeedbackItem(reference, hash(token), submission, language, receivedAt));
		return new Submitted(item, new Receipt(reference, token));
	}

	/** The item a status link names; a wrong token is not found. */
	@Transactional(readOnly = true)
	public FeedbackItem byToken(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			throw new NotFoundException("Feedback", "token");
		}
		return this.items.findByTokenHash(hash(token)).orElseThrow(() -> new NotFoundException("Feedback", "token"));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Transactional(readOnly = true)
	public FeedbackItem item(Long id) {
		return this.items.findWhole(id).orElseThrow(() -> new NotFoundException("Feedback", id));
	}

	/**
	 * The sender's contact details, for someone handling the item (the caller has
	 * checked): each reading is recorded in the audit trail, with who read them and when.
	 */
	@Transactional
	public @Nullable String contactOf(Long id) {
		FeedbackItem item = item(id);
		if (item.getContact() == null) {
			return null;
		}
		this.audit.viewed("FeedbackItem", id, "Contact details viewed", Map.of("reference", item.getReference()));
		return item.getContact();
	}

	@Transactional(readOnly = true)
	public List<FeedbackItem> triage(@Nullable FeedbackStatus status, boolean restricted) {
		return this.items.triage(status, restricted);
	}

	@Transactional(readOnly = true)
	public List<FeedbackNote> notes(Long id) {
		return this.notes.findByItemIdOrderByIdAsc(id);
	}

	/** Items past a deadline: not acknowledged or not answered in time. */
	@Transactional(readOnly = true)
	public List<FeedbackItem> overdue() {
		LocalDate today = LocalDate.now(this.clock);
		ZoneId zone = this.clock.getZone();
		return this.items.unanswered()
			.stream()
			.filter((f) -> f.isOverdue(today, zone, this.settings.acknowledgeDays(), this.settings.answerDays()))
			.toList();
	}

	public LocalDate acknowledgeBy(FeedbackItem item) {
		return item.acknowledgeBy(this.clock.getZone(), this.settings.acknowledgeDays());
	}

	public LocalDate answerBy(FeedbackItem item) {
		return item.answerBy(this.clock.getZone(), this.settings.answerDays());
	}

	public void acknowledge(Long id, @Nullable Long version) {
		change(id, version, "Feedback acknowledged", (f) -> f.acknowledge(this.clock.instant()));
	}

	public void assign(Long id, @Nullable Long version, @Nullable Long workgroupId) {
		if (workgroupId != null && !this.workgroups.existsById(workgroupId)) {
			throw new DomainRuleException("feedback.workgroup.required", "workgroupId");
		}
		change(id, version, "Feedback assigned", (f) -> f.assign(workgroupId, this.clock.instant()));
	}

	public void answer(Long id, @Nullable Long version, @Nullable Outcome outcome, @Nullable String response) {
		change(id, version, "Feedback answered", (f) -> f.answer(outcome, response, this.clock.instant()));
	}

	public void close(Long id, @Nullable Long version) {
		change(id, version, "Feedback closed", (f) -> f.close(this.clock.instant()));
	}

	public void passOnAsComplaint(Long id, @Nullable LocalDate on) {
		change(id, null, "Passed on as a formal complaint", (f) -> f.passOnAsComplaint(on));
	}

	public void flagSafeguarding(Long id) {
		change(id, null, "Flagged as safeguarding", FeedbackItem::flagSafeguarding);
	}

	public void handleSafeguarding(Long id) {
		change(id, null, "Safeguarding concern handled", (f) -> f.handleSafeguarding(this.clock.instant()));
	}

	public void linkStep(Long id, @Nullable Long stepId) {
		if (stepId == null || !this.steps.existsById(stepId)) {
			throw new DomainRuleException("feedback.step.invalid", "stepId");
		}
		change(id, null, "Linked to an action step", (f) -> f.linkStep(stepId));
	}

	/**
	 * Answers an item with a new action step in the workgroup it is assigned to, linked
	 * to it (so its progress shows to the sender and on the published summary).
	 */
	public ActionStep createStep(Long id, StepDraft draft) {
		FeedbackItem item = item(id);
		if (item.getWorkgroupId() == null) {
			throw new DomainRuleException("feedback.step.assignFirst");
		}
		ActionStep step = this.stepService.create(item.getWorkgroupId(), draft);
		linkStep(id, step.getId());
		return step;
	}

	public void writeSummary(Long id, @Nullable Long version, @Nullable String youSaid, @Nullable String weDid,
			Long by) {
		change(id, version, "Summary written", (f) -> f.writeSummary(youSaid, weDid, by));
	}

	public void approveSummary(Long id, @Nullable Long version, Long by) {
		change(id, version, "Summary approved for publication", (f) -> f.approveSummary(by, this.clock.instant()));
	}

	public void addNote(Long id, Long authorId, @Nullable String body) {
		item(id);
		FeedbackNote note = this.notes.save(new FeedbackNote(id, authorId, body, this.clock.instant()));
		this.audit.created(ENTITY, id, "Note added", Map.of("note", note.getBody()));
	}

	/** Adds a service area to the public form's list; names are unique. */
	public ServiceArea addServiceArea(@Nullable String name) {
		if (name != null && this.areas.existsByNameIgnoreCase(name.strip())) {
			throw new DomainRuleException("serviceArea.name.taken", "name");
		}
		ServiceArea area = this.areas.save(new ServiceArea(name));
		this.audit.created("ServiceArea", area.getId(), "Service area added", Map.of("name", area.getName()));
		return area;
	}

	/** Takes a service area off the public form's list, or puts it back. */
	public void toggleServiceArea(Long id) {
		ServiceArea area = this.areas.findById(id).orElseThrow(() -> new NotFoundException("Service area", id));
		area.setActive(!area.isActive());
		this.areas.flush();
		this.audit.updated("ServiceArea", id, "Service area " + (area.isActive() ? "offered" : "withdrawn"),
				Map.of("active", !area.isActive()), Map.of("active", area.isActive()));
	}

	private void change(Long id, @Nullable Long version, String summary, Consumer<FeedbackItem> action) {
		FeedbackItem item = item(id);
		if (version != null && item.getVersion() != version) {
			throw new StaleEditException();
		}
		Map<String, Object> before = item.snapshot();
		action.accept(item);
		this.items.flush();
		this.audit.updated(ENTITY, id, summary, before, item.snapshot());
	}

}
