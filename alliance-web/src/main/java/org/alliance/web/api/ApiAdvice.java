package org.alliance.web.api;

import org.springframework.http.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.alliance.application.shared.NotFoundException;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.shared.DomainRuleException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem detail: 400 for a body or parameter that
 * cannot be read (bad JSON, an unknown field, a wrong type), 422 with the fields for
 * values a rule refuses (the same messages as the forms, in the request's language), 404
 * for an unknown id, 409 for a stale version. Never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiAdvice extends ResponseEntityExceptionHandler {

	/** What is wrong with one field (or, for a list of rows, one row's field). */
	record FieldError(String field, String message, @Nullable Long row) {
	}

	private final MessageSource messages;

	ApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Nothing with this id: " + ex.getMessage() + ".", null);
	}

	@ExceptionHandler(StaleEditException.class)
	ResponseEntity<ProblemDetail> stale() {
		return problem(HttpStatus.CONFLICT, "Someone changed this since the version you sent. Read it again.", null);
	}

	@ExceptionHandler(DomainRuleException.class)
	ResponseEntity<ProblemDetail> rule(DomainRuleException ex) {
		String message = this.messages.getMessage(ex.messageKey(), null, ex.messageKey(), locale());
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, message,
				List.of(new FieldError((ex.field() != null) ? ex.field() : "", message, null)));
	}

	@ExceptionHandler(ApiInputException.class)
	ResponseEntity<ProblemDetail> input(ApiInputException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), ex.errors());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String message = ex.getName() + " cannot be '" + ex.getValue() + "'" + expected(ex.getRequiredType()) + ".";
		return problem(HttpStatus.BAD_REQUEST, message, List.of(new FieldError(ex.getName(), message, null)));
	}

	/** Rows of values the import's checks refused (422). */
	@ExceptionHandler(RowsRefusedException.class)
	ResponseEntity<ProblemDetail> rows(RowsRefusedException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT,
				"Nothing was stored: " + ex.errors().size() + " problem(s) in the rows.", ex.errors());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> new FieldError(e.getField(), this.messages.getMessage(e, locale()), null))
			.toList();
		return cast(problem(HttpStatus.UNPROCESSABLE_CONTENT,
				errors.stream().map(FieldError::message).collect(Collectors.joining(" ")), errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		String field = "";
		String message;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			field = path(unknown);
			List<String> known = new ArrayList<>();
			if (unknown.getKnownPropertyIds() != null) {
				unknown.getKnownPropertyIds().forEach((id) -> known.add(String.valueOf(id)));
			}
			message = "Unknown field '" + field + "'"
					+ (known.isEmpty() ? "" : "; the fields are " + String.join(", ", known.stream().sorted().toList()))
					+ ".";
		}
		else if (cause instanceof InvalidFormatException invalid) {
			field = path(invalid);
			message = "'" + invalid.getValue() + "' is not a valid value for " + field
					+ expected(invalid.getTargetType()) + ".";
		}
		else if (cause instanceof MismatchedInputException mismatched) {
			field = path(mismatched);
			message = field.isEmpty() ? "The body must be a JSON object of the documented shape."
					: "Wrong type for " + field + expected(mismatched.getTargetType()) + ".";
		}
		else if (cause instanceof StreamReadException malformed) {
			message = "The body is not valid JSON"
					+ ((malformed.getLocation() != null) ? " (line " + malformed.getLocation().getLineNr() + ", column "
							+ malformed.getLocation().getColumnNr() + ")" : "")
					+ ".";
		}
		else if (cause instanceof DatabindException other) {
			field = path(other);
			message = "The body cannot be read" + (field.isEmpty() ? "" : " at " + field) + ".";
		}
		else {
			message = "A JSON body is required.";
		}
		return cast(problem(HttpStatus.BAD_REQUEST, message,
				field.isEmpty() ? List.of() : List.of(new FieldError(field, message, null))));
	}

	private static String path(DatabindException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "";
		}
		if (type.isEnum()) {
			return " (one of "
					+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
					+ ")";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return " (a number)";
		}
		if (type == LocalDate.class) {
			return " (a date, yyyy-mm-dd)";
		}
		return "";
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, @Nullable List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (errors != null && !errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@SuppressWarnings("unchecked")
	private static ResponseEntity<Object> cast(ResponseEntity<?> entity) {
		return (ResponseEntity<Object>) entity;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
