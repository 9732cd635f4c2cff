package org.alliance.application.shared;

/**
 * Someone else changed the object after the person opened their form. The person's input
 * is not applied; the page shows what changed and keeps what they typed (409).
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException() {
		super("The object was changed by someone else");
	}

}
