package org.alliance.web.workgroup;

import org.alliance.web.shared.FormSubmission;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applies a lead or member change and reports the outcome on the workgroup page. */
public final class MembershipChanges {

	private MembershipChanges() {
	}

	public static String apply(Long workgroupId, RedirectAttributes redirect, String success, Runnable action) {
		FormSubmission.button(redirect, success, "workgroup.conflict", action);
		return "redirect:/workgroups/" + workgroupId;
	}

}
