package org.alliance.web.shared;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.shared.DomainRuleException;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * The one way a form handler answers: a valid form is handed to the application and the
 * person is redirected; a broken rule is shown next to its field with what was typed kept
 * (422); a form opened before someone else's change shows the latest state beside what
 * was typed (409). Nothing is changed in either case.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * @param change calls the application and returns where to go next
	 * @param page renders the form again, with the errors the binding holds
	 */
	public static String handle(BindingResult result, HttpServletResponse response, Supplier<String> change,
			Supplier<String> page) {
		return handle(result, response, change, null, page);
	}

	/**
	 * @param change calls the application and returns where to go next
	 * @param conflict renders the form again with the latest state, when it was stale
	 * @param page renders the form again, with the errors the binding holds
	 */
	public static String handle(BindingResult result, HttpServletResponse response, Supplier<String> change,
			Supplier<String> conflict, Supplier<String> page) {
		if (!result.hasErrors()) {
			try {
				return change.get();
			}
			catch (DomainRuleException ex) {
				reject(result, ex);
			}
			catch (StaleEditException | OptimisticLockingFailureException ex) {
				if (conflict == null) {
					throw ex;
				}
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return conflict.get();
			}
		}
		response.setStatus(422);
		return page.get();
	}

	/**
	 * Puts a refused business rule next to the field it concerns, or at the top of the
	 * form.
	 */
	public static void reject(BindingResult result, DomainRuleException ex) {
		if (ex.field() != null && result.getTarget() != null
				&& PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).isReadableProperty(ex.field())) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey());
		}
	}

}
