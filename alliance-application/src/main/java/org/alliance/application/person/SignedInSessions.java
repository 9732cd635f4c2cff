package org.alliance.application.person;

/**
 * Ends a person's sign-ins wherever they are (sessions are shared by every app instance),
 * so that a disabled account or a changed role takes effect at the next request.
 */
public interface SignedInSessions {

	void endAllOf(String email);

	/**
	 * Ends every sign-in of the person but the one with this session id: their own, when
	 * they change their password.
	 */
	void endAllOfExcept(String email, String keptSessionId);

}
