package org.alliance.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Shows, once, on the page of a form that an ended session could not take, what the
 * person had typed into it ({@link SessionEnded}).
 */
@ControllerAdvice
class SessionEndedAdvice {

	@ModelAttribute("typedBeforeSignIn")
	SessionEnded.@Nullable Typed typedBeforeSignIn(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) ? SessionEnded.takeFor(request) : null;
	}

}
