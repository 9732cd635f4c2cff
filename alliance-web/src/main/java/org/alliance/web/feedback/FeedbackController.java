package org.alliance.web.feedback;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.feedback.FeedbackFigures;
import org.alliance.application.feedback.FeedbackService;
import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.FeedbackNote;
import org.alliance.domain.feedback.FeedbackStatus;
import org.alliance.domain.feedback.Outcome;
import org.alliance.domain.feedback.ServiceArea;
import org.alliance.domain.person.Person;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.feedback.FeedbackViews;
import org.alliance.application.person.PeopleViews;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.progress.StepQueries;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.security.AccessPolicy;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.CsvCells;
import org.alliance.web.shared.FormSubmission;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff triage of feedback (administrators and workgroup leads): the list, each item with
 * its flags, notes, linked steps, answer and summary, the figures and the export. An
 * unhandled safeguarding concern is shown to administrators only; a summary is approved
 * by an administrator other than its writer.
 */
@Controller
class FeedbackController {

	private final FeedbackService service;

	private final FeedbackFigures figures;

	private final FeedbackViews items;

	private final AccessPolicy access;

	private final WorkgroupViews workgroups;

	private final PeopleViews people;

	private final PlanViews aims;

	private final StepQueries steps;

	private final Clock clock;

	FeedbackController(FeedbackService service, FeedbackFigures figures, FeedbackViews items, AccessPolicy access,
			WorkgroupViews workgroups, PeopleViews people, PlanViews aims, StepQueries steps, Clock clock) {
		this.service = service;
		this.figures = figures;
		this.items = items;
		this.access = access;
		this.workgroups = workgroups;
		this.people = people;
		this.aims = aims;
		this.steps = steps;
		this.clock = clock;
	}

	@GetMapping("/feedback-items")
	@PreAuthorize("@access.canTriageFeedback(authentication)")
	String list(@RequestParam(required = false) @Nullable FeedbackStatus status, Authentication authentication,
			Model model) {
		List<FeedbackItem> list = this.service.triage(status, this.access.isAdmin(authentication));
		model.addAttribute("items", list);
		model.addAttribute("status", status);
		model.addAttribute("statuses", FeedbackStatus.values());
		model.addAttribute("overdue",
				this.service.overdue().stream().map(FeedbackItem::getId).collect(Collectors.toSet()));
		model.addAttribute("workgroupNames", workgroupNames());
		return "feedback/list";
	}

	@GetMapping("/feedback-items/{id}")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String show(@PathVariable Long id, @RequestParam(required = false) @Nullable String contact,
			Authentication authentication, Model model) {
		return page(id, authentication, model, "show".equals(contact));
	}

	private String page(Long id, Authentication authentication, Model model) {
		return page(id, authentication, model, false);
	}

	private String page(Long id, Authentication authentication, Model model, boolean showContact) {
		FeedbackItem item = this.service.item(id);
		model.addAttribute("item", item);
		model.addAttribute("isAdmin", this.access.isAdmin(authentication));
		boolean mayReadContact = this.access.mayReadContactOf(authentication, item);
		model.addAttribute("mayReadContact", mayReadContact);
		if (showContact && mayReadContact) {
			// read on request only, and recorded
			model.addAttribute("contact", this.service.contactOf(id));
		}
		model.addAttribute("acknowledgeBy", this.service.acknowledgeBy(item));
		model.addAttribute("answerBy", this.service.answerBy(item));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("workgroups", this.workgroups.findAllWithMembers());
		model.addAttribute("workgroupNames", workgroupNames());
		model.addAttribute("about", about(item));
		List<FeedbackNote> notes = this.service.notes(id);
		model.addAttribute("notes", notes);
		model.addAttribute("authors",
				this.people.findAllById(notes.stream().map((n) -> n.getAuthorId()).collect(Collectors.toSet()))
					.stream()
					.collect(Collectors.toMap(Person::getId, Person::getDisplayName)));
		model.addAttribute("linked",
				item.getStepIds().isEmpty() ? List.of() : this.steps.rowsWithIds(item.getStepIds()));
		model.addAttribute("outcomes", Outcome.values());
		if (!model.containsAttribute("answerForm")) {
			model.addAttribute("answerForm", AnswerForm.from(item));
		}
		if (!model.containsAttribute("summaryForm")) {
			model.addAttribute("summaryForm", SummaryForm.from(item));
		}
		if (!model.containsAttribute("newStepForm")) {
			model.addAttribute("newStepForm", NewStepForm.blank());
		}
		model.addAttribute("aims", this.aims.aims()
			.stream()
			.sorted((a, b) -> (a.getPlanId().equals(b.getPlanId())) ? Integer.compare(a.getNumber(), b.getNumber())
					: Long.compare(b.getPlanId(), a.getPlanId()))
			.toList());
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", NoteForm.blank());
		}
		return "feedback/show";
	}

	private String about(FeedbackItem item) {
		return switch (item.getTopic()) {
			case PLAN -> "";
			case AIM -> this.aims.aim(item.getAimId()).map((Aim a) -> a.getNumber() + ". " + a.getTitle()).orElse("");
			case SERVICE_AREA -> this.items.serviceArea(item.getServiceAreaId()).map(ServiceArea::getName).orElse("");
		};
	}

	private Map<Long, String> workgroupNames() {
		return this.workgroups.findAll().stream().collect(Collectors.toMap(Workgroup::getId, Workgroup::getName));
	}

	@PostMapping("/feedback-items/{id}/acknowledge")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String acknowledge(@PathVariable Long id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "feedback.acknowledged", () -> this.service.acknowledge(id, version));
	}

	@PostMapping("/feedback-items/{id}/assign")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String assign(@PathVariable Long id, @RequestParam(required = false) @Nullable Long workgroupId,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		return act(id, redirect, "feedback.assigned", () -> this.service.assign(id, version, workgroupId));
	}

	@PostMapping("/feedback-items/{id}/answer")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String answer(@PathVariable Long id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.answer(id, form.version(), form.outcome(), form.response());
			redirect.addFlashAttribute("flash", "feedback.answered");
			return "redirect:/feedback-items/" + id;
		}, () -> {
			model.addAttribute("answerConflict", true);
			model.addAttribute("answerForm",
					new AnswerForm(form.outcome(), form.response(), this.service.item(id).getVersion()));
			return page(id, authentication, model);
		}, () -> page(id, authentication, model));
	}

	@PostMapping("/feedback-items/{id}/close")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String close(@PathVariable Long id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "feedback.closed", () -> this.service.close(id, version));
	}

	@PostMapping("/feedback-items/{id}/complaint")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String complaint(@PathVariable Long id, @RequestParam(required = false) @DateTimeFormat(
			iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate passedOnAt, RedirectAttributes redirect) {
		return act(id, redirect, "feedback.passedOn", () -> this.service.passOnAsComplaint(id, passedOnAt));
	}

	@PostMapping("/feedback-items/{id}/safeguarding")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String safeguarding(@PathVariable Long id, RedirectAttributes redirect, Authentication authentication) {
		String next = act(id, redirect, "feedback.safeguarding.flagged", () -> this.service.flagSafeguarding(id));
		// a lead who flags it no longer sees it: back to the list
		return this.access.isAdmin(authentication) ? next : "redirect:/feedback-items";
	}

	@PostMapping("/feedback-items/{id}/safeguarding/handled")
	@PreAuthorize("hasRole('ADMIN')")
	String safeguardingHandled(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "feedback.safeguarding.handled", () -> this.service.handleSafeguarding(id));
	}

	@PostMapping("/feedback-items/{id}/notes")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String note(@PathVariable Long id, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result,
			@AuthenticationPrincipal AllianceUser me, Authentication authentication, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.addNote(id, me.personId(), form.body());
			redirect.addFlashAttribute("flash", "feedback.note.added");
			return "redirect:/feedback-items/" + id + "#notes-heading";
		}, () -> page(id, authentication, model));
	}

	@PostMapping("/feedback-items/{id}/steps")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String linkStep(@PathVariable Long id, @RequestParam(required = false) @Nullable Long stepId,
			RedirectAttributes redirect) {
		return act(id, redirect, "feedback.step.linked", () -> this.service.linkStep(id, stepId));
	}

	@PostMapping("/feedback-items/{id}/steps/new")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String createStep(@PathVariable Long id, @Valid @ModelAttribute("newStepForm") NewStepForm form,
			BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.createStep(id, form.draft(this.service.item(id).getReference()));
			redirect.addFlashAttribute("flash", "feedback.step.created");
			return "redirect:/feedback-items/" + id + "#steps-heading";
		}, () -> page(id, authentication, model));
	}

	@PostMapping("/feedback-items/{id}/summary")
	@PreAuthorize("@access.canSeeFeedback(authentication, #id)")
	String summary(@PathVariable Long id, @Valid @ModelAttribute("summaryForm") SummaryForm form, BindingResult result,
			@AuthenticationPrincipal AllianceUser me, Authentication authentication, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.writeSummary(id, form.version(), form.youSaid(), form.weDid(), me.personId());
			redirect.addFlashAttribute("flash", "feedback.summary.saved");
			return "redirect:/feedback-items/" + id + "#summary-heading";
		}, () -> {
			model.addAttribute("summaryConflict", true);
			model.addAttribute("summaryForm",
					new SummaryForm(form.youSaid(), form.weDid(), this.service.item(id).getVersion()));
			return page(id, authentication, model);
		}, () -> page(id, authentication, model));
	}

	@PostMapping("/feedback-items/{id}/summary/approve")
	@PreAuthorize("hasRole('ADMIN')")
	String approve(@PathVariable Long id, @RequestParam(required = false) @Nullable Long version,
			@AuthenticationPrincipal AllianceUser me, RedirectAttributes redirect) {
		return act(id, redirect, "feedback.summary.approved",
				() -> this.service.approveSummary(id, version, me.personId()));
	}

	private static String act(Long id, RedirectAttributes redirect, String done, Runnable change) {
		FormSubmission.button(redirect, done, "feedback.stale", change);
		return "redirect:/feedback-items/" + id;
	}

	@GetMapping("/feedback-items/figures")
	@PreAuthorize("@access.canReadFeedbackFigures(authentication)")
	String figures(Model model) {
		model.addAttribute("figures", this.figures.figures());
		return "feedback/figures";
	}

	/**
	 * Every item without its contact details or self-described groups, for people who
	 * triage; an unhandled safeguarding concern only for administrators.
	 */
	@GetMapping("/feedback-items.csv")
	@PreAuthorize("@access.canTriageFeedback(authentication)")
	void export(Authentication authentication, HttpServletResponse response) throws IOException {
		boolean admin = this.access.isAdmin(authentication);
		ZoneId zone = this.clock.getZone();
		Map<Long, String> names = workgroupNames();
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"feedback.csv\"");
		Writer out = response.getWriter();
		out.write("reference,received,topic,status,workgroup,outcome,formal_complaint,safeguarding,acknowledged,"
				+ "answered,linked_steps,published,message,response\n");
		for (FeedbackItem f : this.items.items()) {
			if (f.isRestricted() && !admin) {
				continue;
			}
			out.write(String.join(",", f.getReference(), LocalDate.ofInstant(f.getReceivedAt(), zone).toString(),
					f.getTopic().name(), f.getStatus().name(),
					cell((f.getWorkgroupId() != null) ? names.get(f.getWorkgroupId()) : ""),
					(f.getOutcome() != null) ? f.getOutcome().name() : "", String.valueOf(f.isFormalComplaint()),
					String.valueOf(f.isSafeguarding()), date(f.getAcknowledgedAt(), zone),
					date(f.getAnsweredAt(), zone), String.valueOf(f.getStepIds().size()),
					String.valueOf(f.isPublished()), cell(f.getMessage()),
					cell((f.getResponse() != null) ? f.getResponse() : "")));
			out.write("\n");
		}
		out.flush();
	}

	private static String date(@Nullable Instant at, ZoneId zone) {
		return (at != null) ? LocalDate.ofInstant(at, zone).toString() : "";
	}

	private static String cell(@Nullable String value) {
		String text = CsvCells.safe((value != null) ? value : "");
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
