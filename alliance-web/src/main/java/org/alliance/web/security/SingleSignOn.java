package org.alliance.web.security;

import java.util.Optional;

import org.alliance.domain.person.Person;
import org.alliance.application.person.PeopleViews;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in with the organisation's identity provider (OpenID Connect), on only when
 * {@code alliance.oidc.issuer-uri} is set. Nobody registers themselves: the provider's
 * verified e-mail address must belong to an enabled account an administrator opened, and
 * roles stay those given in Alliance.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("alliance.oidc.issuer-uri")
class SingleSignOn {

	/** The registration's id, in {@code /oauth2/authorization/sso}. */
	static final String REGISTRATION = "sso";

	/** Why a provider's sign-in was refused, shown on the sign-in page. */
	static final String UNKNOWN = "account_unknown";

	static final String DISABLED = "account_disabled";

	static final String UNVERIFIED = "email_unverified";

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(@Value("${alliance.oidc.issuer-uri}") String issuer,
			@Value("${alliance.oidc.client-id}") String clientId,
			@Value("${alliance.oidc.client-secret:}") String clientSecret) {
		// the provider's endpoints come from its discovery document
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer)
			.registrationId(REGISTRATION)
			.clientId(clientId)
			.clientSecret(clientSecret)
			.scope("openid", "email", "profile")
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> allianceOidcUserService(PeopleViews people) {
		OidcUserService provider = new OidcUserService();
		return (request) -> {
			OidcUser signedIn = provider.loadUser(request);
			if (!Boolean.TRUE.equals(signedIn.getEmailVerified()) || signedIn.getEmail() == null) {
				throw refused(UNVERIFIED);
			}
			Person person = find(people, signedIn.getEmail()).orElse(null);
			if (person == null) {
				throw refused(UNKNOWN);
			}
			if (!person.isEnabled()) {
				throw refused(DISABLED);
			}
			return new AllianceOidcUser(person, signedIn.getIdToken(), signedIn.getUserInfo());
		};
	}

	private static Optional<Person> find(PeopleViews people, @Nullable String email) {
		try {
			return people.findByEmail(Person.normaliseEmail(email));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static OAuth2AuthenticationException refused(String code) {
		return new OAuth2AuthenticationException(new OAuth2Error(code));
	}

}
