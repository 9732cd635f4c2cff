package org.alliance.web.api;

import java.time.LocalDate;
import java.util.List;

import org.alliance.application.token.AccessTokenService;
import org.alliance.domain.person.Person;
import org.alliance.application.token.AccessTokenStore.Scope;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each token has its own allowance of requests, and so has each client address whatever
 * the tokens it uses; past either, 429 with Retry-After and a problem detail. The counts
 * live in the database (shared by instances). Wrong tokens from an address are slowed:
 * ProxyAndMetricsTest.
 */
@TestPropertySource(
		properties = { "alliance.api.requests-per-minute=3", "alliance.api.requests-per-minute-per-address=5" })
class ApiThrottleTest extends WebTestSupport {

	@Autowired
	AccessTokenService tokens;

	@Test
	void aTokenPastItsAllowanceIsToldWhenToTryAgainAndOtherTokensAreNotSlowed() throws Exception {
		Person person = this.fixtures.staff();
		String busy = this.tokens.create(person.getId(), "Busy", Scope.READ, LocalDate.now().plusDays(1)).secret();
		String quiet = this.tokens.create(person.getId(), "Quiet", Scope.READ, LocalDate.now().plusDays(1)).secret();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + busy)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + busy))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
			.andExpect(jsonPath("$.status").value(429));
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + quiet)).andExpect(status().isOk());
	}

	@Test
	void oneAddressIsLimitedWhateverTokensItUses() throws Exception {
		Person person = this.fixtures.staff();
		String first = this.tokens.create(person.getId(), "Address one", Scope.READ, LocalDate.now().plusDays(1))
			.secret();
		String second = this.tokens.create(person.getId(), "Address two", Scope.READ, LocalDate.now().plusDays(1))
			.secret();
		RequestPostProcessor busyAddress = (request) -> {
			request.setRemoteAddr("10.77.0.1");
			return request;
		};
		for (String token : List.of(first, first, first, second, second)) {
			this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + token).with(busyAddress))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + second).with(busyAddress))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(containsString("try again in")));
		this.mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + second).with((request) -> {
			request.setRemoteAddr("10.77.0.2");
			return request;
		})).andExpect(status().isOk());
	}

}
