package org.alliance.application.audit;

import org.jspecify.annotations.Nullable;

/**
 * Who is making a change, as the audit trail records it.
 *
 * @param personId the person's id, or {@code null} for the system itself
 * @param name how the audit trail names them
 */
public record Actor(@Nullable Long personId, String name) {

	/** Changes nobody signed in made: start-up, demo data, scheduled work. */
	public static final Actor SYSTEM = new Actor(null, "system");

}
