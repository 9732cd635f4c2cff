package org.alliance.web.api;

import java.util.List;

/**
 * Rows of a request that the checks refused, each problem with its row: nothing was
 * stored.
 */
class RowsRefusedException extends RuntimeException {

	private final List<ApiAdvice.FieldError> errors;

	RowsRefusedException(List<ApiAdvice.FieldError> errors) {
		super("rows refused");
		this.errors = List.copyOf(errors);
	}

	List<ApiAdvice.FieldError> errors() {
		return this.errors;
	}

}
