package org.alliance.web.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.commitment.CommitmentService;
import org.alliance.application.commitment.Compliance;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentStatus;
import org.alliance.domain.commitment.EventKind;
import org.alliance.application.commitment.CommitmentViews;
import org.alliance.application.person.PeopleViews;
import org.alliance.application.progress.StepQueries;
import org.alliance.web.security.AccessPolicy;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Commitments: the pledges made, when they are reviewed, the steps that deliver them, and
 * for pledges with share targets the events recorded against them and how well they are
 * kept.
 */
@Controller
class CommitmentController {

	private final CommitmentViews commitments;

	private final CommitmentService service;

	private final Compliance compliance;

	private final StepQueries queries;

	private final AccessPolicy access;

	private final Clock clock;

	private final PeopleViews people;

	CommitmentController(CommitmentViews commitments, CommitmentService service, Compliance compliance,
			StepQueries queries, AccessPolicy access, Clock clock, PeopleViews people) {
		this.people = people;
		this.commitments = commitments;
		this.service = service;
		this.compliance = compliance;
		this.queries = queries;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/commitments")
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		model.addAttribute("commitments", this.commitments.findAllInReviewOrder());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "commitments/list";
	}

	@GetMapping("/commitments/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newCommitment(Model model) {
		model.addAttribute("commitmentForm", CommitmentForm.blank());
		return commitmentForm(model);
	}

	@PostMapping("/commitments")
	@PreAuthorize("hasRole('ADMIN')")
	String create(@Valid @ModelAttribute("commitmentForm") CommitmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			Commitment commitment = this.service.create(form.draft());
			redirect.addFlashAttribute("flash", "commitment.created");
			return "redirect:/commitments/" + commitment.getId();
		}, () -> commitmentForm(model));
	}

	@GetMapping("/commitments/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("commitmentForm", CommitmentForm.from(this.service.commitment(id)));
		model.addAttribute("commitmentId", id);
		return commitmentForm(model);
	}

	@PostMapping("/commitments/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String reword(@PathVariable Long id, @Valid @ModelAttribute("commitmentForm") CommitmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("commitmentId", id);
		return FormSubmission.handle(result, response, () -> {
			this.service.reword(id, form.version(), form.draft());
			redirect.addFlashAttribute("flash", "commitment.saved");
			return "redirect:/commitments/" + id;
		}, () -> {
			Commitment latest = this.service.commitment(id);
			model.addAttribute("conflict", true);
			model.addAttribute("latest", latest);
			model.addAttribute("commitmentForm", form.withVersion(latest.getVersion()));
			return commitmentForm(model);
		}, () -> {
			this.service.commitment(id); // an unknown commitment is a 404, not a form
			return commitmentForm(model);
		});
	}

	private String commitmentForm(Model model) {
		model.addAttribute("people", this.people.findAllByOrderByDisplayNameAsc());
		return "commitments/form";
	}

	@GetMapping("/commitments/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long id, Authentication authentication, Model model) {
		Commitment commitment = this.service.commitment(id);
		return page(commitment, authentication, model);
	}

	@PostMapping("/commitments/{id}/review")
	@PreAuthorize("@access.canReviewCommitment(authentication, #id)")
	String review(@PathVariable Long id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.review(id, form.version(), form.status(), form.nextReview());
			redirect.addFlashAttribute("flash", "commitment.review.saved");
			return "redirect:/commitments/" + id;
		}, () -> {
			Commitment latest = this.service.commitment(id);
			model.addAttribute("reviewConflict", true);
			model.addAttribute("reviewForm", form.withVersion(latest.getVersion()));
			return page(latest, authentication, model);
		}, () -> page(this.service.commitment(id), authentication, model));
	}

	@PostMapping("/commitments/{id}/targets")
	@PreAuthorize("hasRole('ADMIN')")
	String addTarget(@PathVariable Long id, @Valid @ModelAttribute("targetForm") TargetForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Commitment commitment = this.service.commitment(id);
		return FormSubmission.handle(result, response, () -> {
			this.service.addTarget(id, form.measure(), form.minimumPercent());
			redirect.addFlashAttribute("flash", "commitment.target.added");
			return "redirect:/commitments/" + id;
		}, () -> page(commitment, authentication, model));
	}

	@GetMapping("/commitments/{id}/events/new")
	@PreAuthorize("@access.canRecordEvent(authentication, #id)")
	String newEvent(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		Commitment commitment = this.service.commitment(id);
		if (commitment.getTargets().isEmpty()) {
			redirect.addFlashAttribute("flashError", "event.noTargets");
			return "redirect:/commitments/" + id;
		}
		model.addAttribute("eventForm", EventForm.blank(commitment.getTargets().size(), LocalDate.now(this.clock)));
		return eventForm(commitment, model);
	}

	@PostMapping("/commitments/{id}/events")
	@PreAuthorize("@access.canRecordEvent(authentication, #id)")
	String recordEvent(@PathVariable Long id, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult result,
			@AuthenticationPrincipal AllianceUser me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Commitment commitment = this.service.commitment(id);
		if (commitment.getTargets().isEmpty()) {
			redirect.addFlashAttribute("flashError", "event.noTargets");
			return "redirect:/commitments/" + id;
		}
		return FormSubmission.handle(result, response, () -> {
			this.service.record(id, form.command(), me.personId());
			redirect.addFlashAttribute("flash", "event.recorded");
			return "redirect:/commitments/" + id + "#events-heading";
		}, () -> eventForm(commitment, model));
	}

	@GetMapping("/commitments/{id}/events/{eventId}/remove")
	@PreAuthorize("@access.canRecordEvent(authentication, #id)")
	String confirmRemoval(@PathVariable Long id, @PathVariable Long eventId, Model model) {
		model.addAttribute("commitment", this.service.commitment(id));
		model.addAttribute("event", this.service.event(id, eventId));
		return "commitments/event-remove";
	}

	@PostMapping("/commitments/{id}/events/{eventId}/remove")
	@PreAuthorize("@access.canRecordEvent(authentication, #id)")
	String remove(@PathVariable Long id, @PathVariable Long eventId, RedirectAttributes redirect) {
		this.service.remove(id, eventId);
		redirect.addFlashAttribute("flash", "event.removed");
		return "redirect:/commitments/" + id + "#events-heading";
	}

	private String page(Commitment commitment, Authentication authentication, Model model) {
		// a form that failed keeps what was typed; the others start afresh
		if (!model.containsAttribute("targetForm")) {
			model.addAttribute("targetForm", new TargetForm("", null));
		}
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", ReviewForm.from(commitment));
		}
		model.addAttribute("statuses", CommitmentStatus.values());
		model.addAttribute("commitment", commitment);
		model.addAttribute("steps", commitment.getLinkedStepIds().isEmpty() ? List.of()
				: this.queries.rowsWithIds(commitment.getLinkedStepIds()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("record", commitment.getTargets().isEmpty() ? null : this.compliance.of(commitment));
		boolean keepsRecord = this.access.canRecordEventOn(authentication, commitment);
		model.addAttribute("canRecord", keepsRecord);
		// the pledge's owner and administrators also review it
		model.addAttribute("canReview", keepsRecord);
		model.addAttribute("isAdmin", this.access.isAdmin(authentication));
		return "commitments/show";
	}

	private String eventForm(Commitment commitment, Model model) {
		model.addAttribute("commitment", commitment);
		model.addAttribute("kinds", EventKind.values());
		return "commitments/event-form";
	}

}
