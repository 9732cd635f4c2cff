package org.alliance.application.audit;

/**
 * Tells the audit trail who is acting now. The web layer answers from the signed-in user;
 * anything else (start-up, jobs) is {@link Actor#SYSTEM}.
 */
@FunctionalInterface
public interface CurrentActor {

	Actor get();

}
