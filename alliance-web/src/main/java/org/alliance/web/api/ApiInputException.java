package org.alliance.web.api;

import java.util.List;

/**
 * A request parameter or body the API refuses (400): which field, and what is wrong in
 * words.
 */
class ApiInputException extends RuntimeException {

	private final List<ApiAdvice.FieldError> errors;

	ApiInputException(String field, String message) {
		this(List.of(new ApiAdvice.FieldError(field, message, null)));
	}

	ApiInputException(List<ApiAdvice.FieldError> errors) {
		super(errors.isEmpty() ? "invalid input" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	List<ApiAdvice.FieldError> errors() {
		return this.errors;
	}

}
