package org.alliance.web.security;

import java.util.Map;

import org.alliance.domain.person.Person;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the organisation's identity provider: the same
 * {@link AllianceUser} as after a password sign-in (roles from Alliance, not from the
 * provider), plus the provider's tokens for signing out there too.
 */
public class AllianceOidcUser extends AllianceUser implements OidcUser {

	private final OidcIdToken idToken;

	private final OidcUserInfo userInfo;

	AllianceOidcUser(Person person, OidcIdToken idToken, OidcUserInfo userInfo) {
		super(person);
		this.idToken = idToken;
		this.userInfo = userInfo;
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return this.userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.idToken.getClaims();
	}

	/** The e-mail address, as for a password sign-in: sessions are found by it. */
	@Override
	public String getName() {
		return getUsername();
	}

}
