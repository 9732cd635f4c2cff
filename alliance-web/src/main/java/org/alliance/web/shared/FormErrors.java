package org.alliance.web.shared;

import org.alliance.domain.shared.DomainRuleException;

import org.springframework.validation.BindingResult;

/**
 * Puts a refused business rule next to the field it concerns, or at the top of the form.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, DomainRuleException ex) {
		if (ex.field() != null && result.getTarget() != null && org.springframework.beans.BeanUtils
			.getPropertyDescriptor(result.getTarget().getClass(), ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey());
		}
	}

}
