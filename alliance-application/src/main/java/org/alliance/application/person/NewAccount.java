package org.alliance.application.person;

import org.alliance.domain.person.SystemRole;

/** An account an administrator opens, with its first password. */
public record NewAccount(String email, String displayName, SystemRole role, String password) {
}
