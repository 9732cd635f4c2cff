package org.alliance.application.shared;

/**
 * The id asked for names nothing (or nothing the asker may know of); pages answer it with
 * their 404 page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
