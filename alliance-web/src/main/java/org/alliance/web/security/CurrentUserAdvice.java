package org.alliance.web.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person, for the header and navigation. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("me")
	AllianceUser me(@AuthenticationPrincipal AllianceUser me) {
		return me;
	}

}
