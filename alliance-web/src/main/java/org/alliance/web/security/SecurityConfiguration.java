package org.alliance.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.person.PersonService;
import org.alliance.application.token.AccessTokenService;
import org.alliance.web.shared.SecurityHeaders;
import org.alliance.web.shared.StaticResources;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The filter chains: one for static resources (no session), and one for everything else
 * with form login (unless switched off), sign-in through the organisation's identity
 * provider when one is configured ({@link SingleSignOn}), CSRF on, logout by POST (also
 * at the provider), metrics for administrators or a scraper's token, security headers.
 * Object-level rules live in {@link AccessPolicy} and are applied with
 * {@code @PreAuthorize} on every handler.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Style sheets and images: public, with the same headers, but without reading or
	 * writing the shared session, so serving them costs no database work.
	 */
	@Bean
	@org.springframework.core.annotation.Order(1)
	SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
		http.securityMatcher(StaticResources.PATTERNS)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.securityContext((context) -> context.securityContextRepository(new NullSecurityContextRepository()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * The API ({@code /api/**}): a personal access token ({@link BearerTokenFilter}) or
	 * the browser session with its CSRF token; refusals are problem details (401 with a
	 * Bearer challenge, 403, 429), never a redirect to the sign-in page.
	 */
	@Bean
	@org.springframework.core.annotation.Order(2)
	SecurityFilterChain api(HttpSecurity http, AccessTokenService tokens, PersonService people, ApiThrottle throttle)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens, people, throttle), CsrfFilter.class)
			// a bearer token is not sent by browsers on their own, so it needs no CSRF
			// token
			.csrf((csrf) -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesBearer))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(ApiProblems.unauthenticated())
				.accessDeniedHandler(ApiProblems.forbidden()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	@org.springframework.core.annotation.Order(3)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle,
			ObjectProvider<ClientRegistrationRepository> providers,
			ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> providerUsers,
			@Value("${alliance.local-sign-in.enabled:true}") boolean localSignIn,
			@Value("${alliance.metrics.token:}") String metricsToken) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(StaticResources.PATTERNS)
			.permitAll()
			.requestMatchers("/login", "/language", "/error", "/actuator/health", "/actuator/health/**", "/setup/**",
					"/public", "/public/**", "/unsubscribe/**", "/feedback", "/feedback/**")
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.access(metricsReaders(metricsToken))
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated());
		// redirects to the sign-in page are relative: never built from the Host header
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signIn)
			.accessDeniedHandler(SessionEnded.handler()));
		if (localSignIn) {
			http.formLogin((form) -> form.loginPage("/login")
				.successHandler(successHandler(throttle))
				.failureUrl("/login?error")
				.permitAll());
		}
		ClientRegistrationRepository provider = providers.getIfAvailable();
		if (provider != null) {
			SavedRequestAwareAuthenticationSuccessHandler home = new SavedRequestAwareAuthenticationSuccessHandler();
			home.setDefaultTargetUrl("/");
			http.oauth2Login((sso) -> sso.loginPage("/login")
				.userInfoEndpoint((users) -> users.oidcUserService(providerUsers.getObject()))
				.successHandler(home)
				.failureHandler(SecurityConfiguration::providerRefused));
		}
		http.logout((logout) -> {
			logout.logoutUrl("/logout");
			if (provider != null) {
				// signed in through the provider: signed out there too, then back here
				OidcClientInitiatedLogoutSuccessHandler atProvider = new OidcClientInitiatedLogoutSuccessHandler(
						provider);
				atProvider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
				atProvider.setDefaultTargetUrl("/login?logout");
				logout.logoutSuccessHandler(atProvider);
			}
			else {
				logout.logoutSuccessUrl("/login?logout");
			}
		})
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		// an unsubscribe link's key is its authorisation, and mail programs send the
		// one-click
		// unsubscribe (RFC 8058) as a POST without a CSRF token
		http.csrf((csrf) -> csrf.ignoringRequestMatchers("/unsubscribe/**"));
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Metrics: for a signed-in administrator, or for a scraper that sends the configured
	 * token ({@code Authorization: Bearer ...}); never for anyone else.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> metricsReaders(String token) {
		byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
		AuthorizationManager<RequestAuthorizationContext> scraper = (authentication, context) -> {
			String header = context.getRequest().getHeader("Authorization");
			return new AuthorizationDecision(!token.isBlank() && header != null
					&& MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8)));
		};
		return AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasRole("ADMIN"), scraper);
	}

	/**
	 * The provider signed someone in whom Alliance does not let in (unknown or disabled
	 * account, unverified e-mail address): the sign-in page says which.
	 */
	private static void providerRefused(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = "failed";
		if (exception instanceof OAuth2AuthenticationException refused
				&& Set.of(SingleSignOn.UNKNOWN, SingleSignOn.DISABLED, SingleSignOn.UNVERIFIED)
					.contains(refused.getError().getErrorCode())) {
			reason = refused.getError().getErrorCode();
		}
		response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
	}

	/**
	 * Sends people where they were going (or home) and gives the attempt back to the
	 * throttle (a failed one stays taken).
	 */
	private static AuthenticationSuccessHandler successHandler(LoginThrottle throttle) {
		SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
		target.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			throttle.succeeded(request.getParameter("username"), request.getRemoteAddr());
			// back to a form that the ended session could not take, with what was typed
			String pending = SessionEnded.pendingReturnPath(request);
			if (pending != null) {
				response.sendRedirect(request.getContextPath() + pending);
				return;
			}
			target.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Argon2 for new passwords (no length limit, unlike bcrypt's 72 bytes); bcrypt and
	 * the others still check older hashes, which are moved to Argon2 at the next sign-in
	 * ({@link PersonUserDetailsService#updatePassword}).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		DelegatingPasswordEncoder legacy = (DelegatingPasswordEncoder) PasswordEncoderFactories
			.createDelegatingPasswordEncoder();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", encoders);
		// hashes of any other kind Spring Security knows are still checked
		encoder.setDefaultPasswordEncoderForMatches(legacy);
		return encoder;
	}

}
