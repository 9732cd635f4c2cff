package org.alliance.web.workgroup;

import org.alliance.domain.shared.DomainRuleException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applies a lead or member change and reports the outcome on the workgroup page. */
public final class MembershipChanges {

	private MembershipChanges() {
	}

	public static String apply(Long workgroupId, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", success);
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "workgroup.conflict");
		}
		return "redirect:/workgroups/" + workgroupId;
	}

}
