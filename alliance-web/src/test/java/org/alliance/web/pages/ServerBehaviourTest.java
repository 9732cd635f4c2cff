package org.alliance.web.pages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.alliance.persistence.testsupport.PostgresTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: error pages, security headers and the health endpoint.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=false")
class ServerBehaviourTest extends PostgresTestSupport {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path) throws Exception {
		return get(path, "text/html");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void securityHeadersAreSentOnEveryPage() throws Exception {
		HttpResponse<String> response = get("/login");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("frame-ancestors 'none'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
	}

	@Test
	void healthReportsTheDatabase() throws Exception {
		HttpResponse<String> response = get("/actuator/health", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\"");
	}

	@Test
	void unknownPagesGetAFriendlyPageWithoutAStackTrace() throws Exception {
		HttpResponse<String> response = get("/login/nowhere/at/all");
		assertThat(response.statusCode()).isIn(302, 404);
		HttpResponse<String> css = get("/css/missing.css");
		assertThat(css.statusCode()).isEqualTo(404);
		assertThat(css.body()).contains("Page not found").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void aMethodNotAllowedAnswerCarriesTheSecurityHeaders() throws Exception {
		// a style sheet answers GET only, and its chain needs no form token
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/css/app.css"))
				.header("Accept", "text/html")
				.method("PUT", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'none'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void staticAssetsAreServedWithoutSigningIn() throws Exception {
		HttpResponse<String> css = get("/css/app.css");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.body()).contains(".skip-link");
		// with the same headers as pages, and without starting or touching a session
		assertThat(css.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'none'"));
		assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(css.headers().firstValue("Set-Cookie")).isEmpty();
		HttpResponse<String> page = get("/login");
		assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
	}

}
