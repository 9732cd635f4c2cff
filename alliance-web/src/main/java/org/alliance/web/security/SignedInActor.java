package org.alliance.web.security;

import org.alliance.application.audit.Actor;
import org.alliance.application.audit.CurrentActor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail's actor: whoever is signed in (through which access token, for the
 * API), or the system when nobody is.
 */
@Component
class SignedInActor implements CurrentActor {

	@Override
	public Actor get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof TokenAuthentication token) {
			AllianceUser user = token.getPrincipal();
			String name = user.displayName() + " <" + user.getUsername() + "> via token " + token.tokenName();
			// the audit trail keeps up to 254 characters of a name
			return new Actor(user.personId(), (name.length() > 254) ? name.substring(0, 254) : name);
		}
		if (authentication != null && authentication.getPrincipal() instanceof AllianceUser user) {
			return new Actor(user.personId(), user.displayName() + " <" + user.getUsername() + ">");
		}
		return Actor.SYSTEM;
	}

}
