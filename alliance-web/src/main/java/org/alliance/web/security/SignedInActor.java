package org.alliance.web.security;

import org.alliance.application.audit.Actor;
import org.alliance.application.audit.CurrentActor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The audit trail's actor: whoever is signed in, or the system when nobody is. */
@Component
class SignedInActor implements CurrentActor {

	@Override
	public Actor get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AllianceUser user) {
			return new Actor(user.personId(), user.displayName() + " <" + user.getUsername() + ">");
		}
		return Actor.SYSTEM;
	}

}
