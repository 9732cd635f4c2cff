package org.alliance.web.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.shared.StaleEditException;
import org.alliance.domain.shared.DomainRuleException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
		boolean switching = isLanguageSwitch();
		if (!result.hasErrors() && !switching) {
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
				conflict(response);
				return conflict.get();
			}
		}
		if (result.hasErrors()) {
			failed(response);
		}
		offerReplay();
		return page.get();
	}

	/**
	 * A form read from request parameters rather than bound to a record (a checklist
	 * tick, an uploaded file, a template's choices): the change is made and where to go
	 * next returned; or it is refused with a {@code refusal} (422) and the page shown
	 * again by {@code refused} with what went wrong beside what was typed; or it was made
	 * against an older version (409) and the page shown again by {@code stale}.
	 * @param stale renders the latest state, or {@code null} when the change cannot be
	 * stale
	 */
	public static <E extends RuntimeException> String attempt(HttpServletResponse response, Class<E> refusal,
			Supplier<String> change, Function<? super E, String> refused, @Nullable Supplier<String> stale) {
		try {
			return change.get();
		}
		catch (StaleEditException | OptimisticLockingFailureException ex) {
			if (stale == null) {
				throw ex;
			}
			conflict(response);
			return stale.get();
		}
		catch (RuntimeException ex) {
			if (!refusal.isInstance(ex)) {
				throw ex;
			}
			failed(response);
			return refused.apply(refusal.cast(ex));
		}
	}

	/**
	 * Refused before anything was changed (a file missing, a period that does not parse,
	 * an analysis with sections left to fill): 422, and the page shown again with what
	 * went wrong.
	 */
	public static String refused(HttpServletResponse response, Supplier<String> page) {
		failed(response);
		offerReplay();
		return page.get();
	}

	/** {@link #attempt} for a change that cannot be stale. */
	public static <E extends RuntimeException> String attempt(HttpServletResponse response, Class<E> refusal,
			Supplier<String> change, Function<? super E, String> refused) {
		return attempt(response, refusal, change, refused, null);
	}

	/**
	 * A one-button change (a form with nothing to type, such as Acknowledge or Remove):
	 * done and said with a message on the page it returns to, or refused with the broken
	 * rule's message, or, when someone changed the object first, with {@code stale}.
	 * @param stale the message for a stale change, or {@code null} when the change cannot
	 * be stale
	 * @return whether the change was made
	 */
	public static boolean button(RedirectAttributes redirect, String done, @Nullable String stale, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("flash", done);
			return true;
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (StaleEditException | OptimisticLockingFailureException ex) {
			if (stale == null) {
				throw ex;
			}
			redirect.addFlashAttribute("flashError", stale);
		}
		return false;
	}

	/**
	 * The parameter a language switch on a form shown again adds to the form it sends.
	 */
	public static final String LANGUAGE_SWITCH = "_language";

	/**
	 * The form was sent back only to show it in another language: it is checked and shown
	 * again, never applied.
	 */
	public static boolean isLanguageSwitch() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& "POST".equals(attributes.getRequest().getMethod())
				&& attributes.getRequest().getParameter(LANGUAGE_SWITCH) != null;
	}

	/**
	 * What the layout's language switch sends back: the form's address and what was
	 * typed.
	 */
	public record Replay(String action, List<Map.Entry<String, String>> fields) {
	}

	/** The request attribute holding the {@link Replay} of a form shown again. */
	public static final String REPLAY = "formReplay";

	private static void offerReplay() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		HttpServletRequest request = attributes.getRequest();
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			// never a password back into the page, nor the token the form adds itself
			if (!lower.contains("password") && !name.equals("_csrf") && !name.equals(LANGUAGE_SWITCH)) {
				for (String value : values) {
					fields.add(Map.entry(name, value));
				}
			}
		});
		String query = request.getQueryString();
		request.setAttribute(REPLAY,
				new Replay(request.getRequestURI() + ((query != null) ? "?" + query : ""), List.copyOf(fields)));
	}

	/**
	 * Answers 422 and tells the layout that the page shows a form with errors, so its
	 * title starts with "Error:" and the error summary takes the focus.
	 */
	private static void failed(HttpServletResponse response) {
		response.setStatus(422);
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(FAILED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/**
	 * Answers 409: the form was opened before someone else's change, and the page shows
	 * the latest state beside what was typed.
	 */
	private static void conflict(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
	}

	/** The request attribute that says a form was sent with errors. */
	public static final String FAILED = "formFailed";

	/**
	 * Puts a refused business rule next to the field it concerns, or at the top of the
	 * form.
	 */
	public static void reject(BindingResult result, DomainRuleException ex) {
		if (ex.field() != null && result.getTarget() != null
				&& PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget()).isReadableProperty(ex.field())) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
		}
		else {
			result.reject(ex.messageKey(), ex.args(), null);
		}
	}

}
