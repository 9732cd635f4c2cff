package org.alliance.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The one filter chain: form login, CSRF on, logout by POST, security headers.
 * Object-level rules live in {@link AccessPolicy} and are applied with
 * {@code @PreAuthorize} on every handler.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/language", "/css/**", "/images/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(successHandler(throttle))
				.failureHandler(failureHandler(throttle))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Sends people where they were going (or home) and forgives the account's failed
	 * attempts.
	 */
	private static AuthenticationSuccessHandler successHandler(LoginThrottle throttle) {
		SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
		target.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			throttle.recordSuccess(authentication.getName());
			target.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Counts the failure for throttling, then shows the sign-in page with its message.
	 */
	private static AuthenticationFailureHandler failureHandler(LoginThrottle throttle) {
		SimpleUrlAuthenticationFailureHandler target = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
			target.onAuthenticationFailure(request, response, exception);
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
