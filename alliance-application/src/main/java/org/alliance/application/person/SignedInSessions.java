package org.alliance.application.person;

/**
 * Ends a person's sign-ins wherever they are (sessions are shared by every app instance),
 * so that a disabled account or a changed role takes effect at the next request.
 */
@FunctionalInterface
public interface SignedInSessions {

	void endAllOf(String email);

}
