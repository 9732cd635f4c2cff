package org.alliance.web.step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.comment.CommentService;
import org.alliance.application.shared.StaleEditException;
import org.alliance.application.step.ChecklistService;
import org.alliance.application.step.Evidence;
import org.alliance.application.step.StepService;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.step.StepStatus;
import org.alliance.application.equity.IndicatorViews;
import org.alliance.application.step.EvidenceStore;
import org.alliance.web.comment.CommentForm;
import org.alliance.web.security.AccessPolicy;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The action step page: details, history and the progress update form. */
@Controller
class StepController {

	private final StepService service;

	private final AccessPolicy access;

	private final Clock clock;

	private final IndicatorViews indicators;

	private final CommentService comments;

	private final ChecklistService checklists;

	StepController(StepService service, AccessPolicy access, Clock clock, IndicatorViews indicators,
			CommentService comments, ChecklistService checklists) {
		this.checklists = checklists;
		this.comments = comments;
		this.indicators = indicators;
		this.clock = clock;
		this.service = service;
		this.access = access;
	}

	@GetMapping("/action-steps/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long id, @RequestParam(required = false) String from,
			@RequestParam(name = "comments", defaultValue = "0") int commentPage,
			@AuthenticationPrincipal AllianceUser me, Authentication authentication, Model model) {
		model.addAttribute("from", origin(from));
		model.addAttribute("commentPage", commentPage);
		StepService.StepPage page = this.service.page(id, me.personId());
		model.addAttribute("update", ProgressUpdateForm.from(page.step()));
		return render(page, authentication, model);
	}

	@PostMapping("/action-steps/{id}/updates")
	@PreAuthorize("@access.canUpdateStep(authentication, #id)")
	String update(@PathVariable Long id, @Valid @ModelAttribute("update") ProgressUpdateForm form, BindingResult result,
			@RequestParam(required = false) String from,
			@RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> uploads,
			@AuthenticationPrincipal AllianceUser me, Authentication authentication, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		List<Evidence> files = evidence(uploads);
		String origin = origin(from);
		model.addAttribute("from", origin);
		return FormSubmission.handle(result, response, () -> {
			this.service.recordProgress(form.command(id, me.personId()), files);
			redirect.addFlashAttribute("flash", "step.update.saved");
			return "redirect:/action-steps/" + id + ((origin != null) ? "?from=" + origin : "");
		}, () -> {
			StepService.StepPage page = this.service.page(id, me.personId());
			model.addAttribute("update", form.withVersion(page.step().getVersion()));
			model.addAttribute("conflict", true);
			return render(page, authentication, model);
		}, () -> render(this.service.page(id, me.personId()), authentication, model));
	}

	/**
	 * Ticks a checklist item as done on a day with a note: members and leads of the
	 * step's workgroup, and administrators. Refused input is shown again with what was
	 * typed (422), a stale form with the latest state (409).
	 */
	@PostMapping("/action-steps/{id}/checklist/{itemId}/tick")
	@PreAuthorize("@access.canUpdateStep(authentication, #id)")
	String tick(@PathVariable Long id, @PathVariable Long itemId, @RequestParam long version,
			@RequestParam(required = false) @Nullable String doneOn,
			@RequestParam(required = false) @Nullable String note, @RequestParam(required = false) String from,
			@AuthenticationPrincipal AllianceUser me, Authentication authentication, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		String origin = origin(from);
		return FormSubmission.attempt(response, DomainRuleException.class, () -> {
			this.checklists.tick(id, itemId, version, me.personId(), day(doneOn), note);
			redirect.addFlashAttribute("flash", "checklist.ticked");
			return backToChecklist(id, origin);
		}, (ex) -> {
			model.addAttribute("attempt",
					new ChecklistAttempt(itemId, doneOn, note, null, ex.messageKey(), ex.field()));
			return showAgain(id, origin, me, authentication, model);
		}, () -> {
			model.addAttribute("attempt", new ChecklistAttempt(itemId, doneOn, note, null, "checklist.stale", null));
			return showAgain(id, origin, me, authentication, model);
		});
	}

	/** Takes a tick back (a mistake): the step's history keeps both. */
	@PostMapping("/action-steps/{id}/checklist/{itemId}/untick")
	@PreAuthorize("@access.canUpdateStep(authentication, #id)")
	String untick(@PathVariable Long id, @PathVariable Long itemId, @RequestParam long version,
			@RequestParam(required = false) String from, @AuthenticationPrincipal AllianceUser me,
			Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		String origin = origin(from);
		return FormSubmission.attempt(response, DomainRuleException.class, () -> {
			this.checklists.untick(id, itemId, version, me.personId());
			redirect.addFlashAttribute("flash", "checklist.unticked");
			return backToChecklist(id, origin);
		}, (ex) -> {
			model.addAttribute("attempt", new ChecklistAttempt(itemId, null, null, null, ex.messageKey(), null));
			return showAgain(id, origin, me, authentication, model);
		}, () -> {
			model.addAttribute("attempt", new ChecklistAttempt(itemId, null, null, null, "checklist.stale", null));
			return showAgain(id, origin, me, authentication, model);
		});
	}

	/**
	 * Adds an item to the step's checklist: leads of its workgroup and administrators.
	 */
	@PostMapping("/action-steps/{id}/checklist")
	@PreAuthorize("@access.canManageStep(authentication, #id)")
	String addItem(@PathVariable Long id, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) String from, @AuthenticationPrincipal AllianceUser me,
			Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		String origin = origin(from);
		return FormSubmission.attempt(response, DomainRuleException.class, () -> {
			this.checklists.add(id, (text != null) ? text : "", me.personId());
			redirect.addFlashAttribute("flash", "checklist.added");
			return backToChecklist(id, origin);
		}, (ex) -> {
			model.addAttribute("attempt", new ChecklistAttempt(null, null, null, text, ex.messageKey(), "text"));
			return showAgain(id, origin, me, authentication, model);
		});
	}

	private static String backToChecklist(Long id, @Nullable String origin) {
		return "redirect:/action-steps/" + id + ((origin != null) ? "?from=" + origin : "") + "#checklist";
	}

	private static LocalDate day(@Nullable String typed) {
		try {
			return LocalDate.parse((typed != null) ? typed.strip() : "");
		}
		catch (DateTimeParseException ex) {
			throw new DomainRuleException("checklist.day.invalid", "doneOn");
		}
	}

	private String showAgain(Long id, @Nullable String origin, AllianceUser me, Authentication authentication,
			Model model) {
		model.addAttribute("from", origin);
		model.addAttribute("commentPage", 0);
		StepService.StepPage page = this.service.page(id, me.personId());
		model.addAttribute("update", ProgressUpdateForm.from(page.step()));
		return render(page, authentication, model);
	}

	/** The files chosen on the form (a file input left empty sends one empty part). */
	private static List<Evidence> evidence(@Nullable List<MultipartFile> uploads) {
		List<Evidence> files = new ArrayList<>();
		for (MultipartFile upload : (uploads != null) ? uploads : List.<MultipartFile>of()) {
			if (upload.isEmpty()) {
				continue;
			}
			try {
				files.add(new Evidence(String.valueOf(upload.getOriginalFilename()), upload.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	/**
	 * A file attached to one of the step's updates, for anyone who may read the step:
	 * always a download ({@code Content-Disposition: attachment}) with the type found in
	 * its content, never shown in the page, and sandboxed should a browser open it
	 * anyway.
	 */
	@GetMapping("/action-steps/{id}/evidence/{fileId}")
	@PreAuthorize("isAuthenticated()")
	void download(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
		EvidenceStore.EvidenceFile file = this.service.evidenceFile(id, fileId);
		response.setContentType(file.contentType());
		response.setContentLength(file.sizeBytes());
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
		response.setHeader("Cache-Control", "private, no-store");
		this.service.copyEvidence(fileId, response.getOutputStream());
	}

	/** The pages a step is opened from, which its back link returns to. */
	private static final Set<String> ORIGINS = Set.of("mine", "dashboard", "workgroup", "plan");

	/**
	 * Where the person came from, if it is one of those pages (anything else: the plan).
	 */
	static String origin(String from) {
		return (from != null && ORIGINS.contains(from)) ? from : null;
	}

	private String render(StepService.StepPage page, Authentication authentication, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("evidence", this.service.evidenceOf(page.step().getId()));
		Object commentPage = model.getAttribute("commentPage");
		model.addAttribute("comments",
				this.comments.page(page.step().getId(), (commentPage instanceof Integer n) ? n : 0));
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", new CommentForm(""));
		}
		model.addAttribute("statuses", StepStatus.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		AccessPolicy.StepPermissions permissions = this.access.permissionsWithRole(authentication, page.viewerRole());
		model.addAttribute("canUpdate", permissions.update());
		model.addAttribute("canManage", permissions.manage());
		List<IndicatorViews.Choice> all = this.indicators.choicesForStep(page.step().getId());
		model.addAttribute("linkedIndicators", all.stream().filter(IndicatorViews.Choice::linked).toList());
		model.addAttribute("allIndicators", all);
		// only a checklist step has items to read
		model.addAttribute("checklist",
				page.step().hasChecklist() ? this.checklists.rows(page.step().getId()) : List.of());
		return "steps/show";
	}

}
