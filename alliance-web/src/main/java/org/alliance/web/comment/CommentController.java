package org.alliance.web.comment;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.comment.CommentService;
import org.alliance.application.comment.CommentStore.Comment;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
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
 * Comments on a step: anyone who may read the step adds one (a comment refused for its
 * length or emptiness comes back on its own page with what was typed); its author edits
 * it; its author or an administrator removes it.
 */
@Controller
class CommentController {

	private final CommentService comments;

	CommentController(CommentService comments) {
		this.comments = comments;
	}

	@PostMapping("/action-steps/{id}/comments")
	@PreAuthorize("isAuthenticated()")
	String add(@PathVariable long id, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
			@AuthenticationPrincipal AllianceUser me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.comments.add(id, me.personId(), form.body());
			redirect.addFlashAttribute("flash", "comments.added");
			int last = this.comments.lastPage(id);
			return "redirect:/action-steps/" + id + ((last > 0) ? "?comments=" + last : "") + "#comments";
		}, () -> {
			model.addAttribute("stepId", id);
			model.addAttribute("comment", null);
			return "comments/form";
		});
	}

	@GetMapping("/action-steps/{id}/comments/{commentId}/edit")
	@PreAuthorize("@access.canEditComment(authentication, #commentId)")
	String editForm(@PathVariable long id, @PathVariable long commentId, Model model) {
		Comment comment = this.comments.comment(id, commentId);
		model.addAttribute("commentForm", new CommentForm(comment.body()));
		model.addAttribute("stepId", id);
		model.addAttribute("comment", comment);
		return "comments/form";
	}

	@PostMapping("/action-steps/{id}/comments/{commentId}/edit")
	@PreAuthorize("@access.canEditComment(authentication, #commentId)")
	String edit(@PathVariable long id, @PathVariable long commentId,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Comment comment = this.comments.comment(id, commentId);
		return FormSubmission.handle(result, response, () -> {
			this.comments.edit(id, commentId, form.body());
			redirect.addFlashAttribute("flash", "comments.edited");
			return "redirect:/action-steps/" + id + "#comment-" + commentId;
		}, () -> {
			model.addAttribute("stepId", id);
			model.addAttribute("comment", comment);
			return "comments/form";
		});
	}

	@PostMapping("/action-steps/{id}/comments/{commentId}/remove")
	@PreAuthorize("@access.canRemoveComment(authentication, #commentId)")
	String remove(@PathVariable long id, @PathVariable long commentId, @AuthenticationPrincipal AllianceUser me,
			RedirectAttributes redirect) {
		this.comments.remove(id, commentId, me.personId());
		redirect.addFlashAttribute("flash", "comments.removed");
		return "redirect:/action-steps/" + id + "#comment-" + commentId;
	}

}
