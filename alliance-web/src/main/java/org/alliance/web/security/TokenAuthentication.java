package org.alliance.web.security;

import org.alliance.application.token.AccessTokenStore;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal access token: it acts as the token's owner, with
 * the owner's permissions as they are now ({@link AccessPolicy} sees the same
 * {@link AllianceUser}), and a read token only reads.
 */
public class TokenAuthentication extends AbstractAuthenticationToken {

	private final AllianceUser owner;

	private final AccessTokenStore.Token token;

	TokenAuthentication(AllianceUser owner, AccessTokenStore.Token token) {
		super(owner.getAuthorities());
		this.owner = owner;
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public AllianceUser getPrincipal() {
		return this.owner;
	}

	/** The token's name, as the audit trail names it. */
	public String tokenName() {
		return this.token.name();
	}

	public long tokenId() {
		return this.token.id();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TokenAuthentication that && that.token.id() == this.token.id() && super.equals(other);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.token.id());
	}

}
