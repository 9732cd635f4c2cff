package org.alliance.web.operations;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.persistence.feedback.FeedbackItemRepository;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.testsupport.PostgresTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator relies on: X-Forwarded-* headers believed from the trusted proxy only,
 * and Prometheus metrics readable by administrators and the scraper's token, by nobody
 * else. The client address every throttle counts by (sign-in, feedback, the API) is the
 * one the trusted proxy chain gives: a client's own {@code X-Forwarded-For} is ignored,
 * and behind the proxy the right-most address the proxy did not write for itself counts.
 * Clients are loopback addresses other than the proxy's (127.0.0.1, the only trusted one
 * here), so the server sees each as a different machine.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "alliance.demo.enabled=false", "alliance.metrics.token=scraper-token-for-the-test",
				// the proxy of these tests is the only trusted one (none is by default)
				"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1", "alliance.feedback.per-address=2",
				"alliance.api.wrong-tokens-per-address=3", "alliance.login.max-failures-per-address=2",
				"alliance.login.max-failures-per-account=50" })
class ProxyAndMetricsTest extends PostgresTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	PersonRepository people;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	FeedbackItemRepository feedback;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String host, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void forwardedHeadersCountOnlyFromATrustedProxy() throws Exception {
		String[] forwarded = { "X-Forwarded-Proto", "https", "X-Forwarded-Host", "alliance.example.org",
				"X-Forwarded-For", "203.0.113.7" };
		// the proxy on this machine (loopback) is trusted: the request counts as https
		// (so strict transport security is sent, as it is only over TLS)
		HttpResponse<String> viaProxy = get("127.0.0.1", "/login", forwarded);
		assertThat(viaProxy.statusCode()).isEqualTo(200);
		assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).isPresent();
		// the same headers sent straight from another address are ignored
		String outside = nonLoopbackAddress()
			.orElseThrow(() -> new AssertionError("this machine has no non-loopback IPv4 address to send from"));
		HttpResponse<String> direct = get(outside, "/login", forwarded);
		assertThat(direct.statusCode()).isEqualTo(200);
		assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void redirectsAreNeverBuiltFromTheHostHeader() throws Exception {
		HttpResponse<String> signIn = get("localhost", "/dashboard", "X-Forwarded-Host", "evil.example");
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).contains("/login");
		HttpResponse<String> direct = this.http.send(HttpRequest
			.newBuilder(URI.create("http://" + nonLoopbackAddress().orElseThrow() + ":" + this.port + "/plans"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(direct.headers().firstValue("Location")).contains("/login");
	}

	@Test
	void metricsAreForAdministratorsAndTheScraperTokenOnly() throws Exception {
		HttpResponse<String> anonymous = get("localhost", "/actuator/prometheus");
		assertThat(anonymous.statusCode()).isNotEqualTo(200);
		assertThat(anonymous.body()).doesNotContain("jvm_");
		HttpResponse<String> wrongToken = get("localhost", "/actuator/prometheus", "Authorization",
				"Bearer something-else");
		assertThat(wrongToken.statusCode()).isNotEqualTo(200);
		assertThat(wrongToken.body()).doesNotContain("jvm_");
		HttpResponse<String> scraper = get("localhost", "/actuator/prometheus", "Authorization",
				"Bearer scraper-token-for-the-test");
		assertThat(scraper.statusCode()).isEqualTo(200);
		assertThat(scraper.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");

		HttpSession staff = signedIn(SystemRole.STAFF);
		assertThat(staff.get(this.port, "/actuator/prometheus", "text/plain").statusCode()).isEqualTo(403);
		HttpSession admin = signedIn(SystemRole.ADMIN);
		HttpResponse<String> asAdmin = admin.get(this.port, "/actuator/prometheus", "text/plain");
		assertThat(asAdmin.statusCode()).isEqualTo(200);
		assertThat(asAdmin.body()).contains("http_server_requests");
	}

	private HttpSession signedIn(SystemRole role) throws Exception {
		String email = role.name().toLowerCase() + "-" + System.nanoTime() + "@example.org";
		this.people.save(new Person(email, "Metrics " + role, "{noop}correct horse battery", role, Instant.now()));
		HttpSession session = new HttpSession();
		assertThat(session.signIn(this.port, email, "correct horse battery").statusCode()).isEqualTo(302);
		return session;
	}

	private static Optional<String> nonLoopbackAddress() throws Exception {
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (!network.isUp() || network.isLoopback()) {
				continue;
			}
			for (InetAddress address : Collections.list(network.getInetAddresses())) {
				if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
					return Optional.of(address.getHostAddress());
				}
			}
		}
		return Optional.empty();
	}

	private RawHttp.Answer wrongToken(String from, int port, String forwardedFor) throws Exception {
		return RawHttp.send(from, port, "GET", "/api/v1/plans",
				Map.of("Authorization", "Bearer not-a-token", "X-Forwarded-For", forwardedFor), null);
	}

	@Test
	void aClientsOwnForwardedForIsIgnored() throws Exception {
		for (int i = 1; i <= 3; i++) {
			assertThat(wrongToken("127.0.0.2", this.port, "198.51.100." + i).status()).isEqualTo(401);
		}
		RawHttp.Answer slowed = wrongToken("127.0.0.2", this.port, "198.51.100.99");
		assertThat(slowed.status()).as("a new forwarded address each time changes nothing").isEqualTo(429);
		assertThat(slowed.header("Retry-After")).hasValueSatisfying((s) -> assertThat(Long.parseLong(s)).isPositive());
		assertThat(slowed.header("Content-Type")).hasValueSatisfying((t) -> assertThat(t).contains("problem+json"));
		assertThat(slowed.body()).contains("\"status\":429");
		assertThat(wrongToken("127.0.0.3", this.port, "127.0.0.2").status()).as("another client is not slowed")
			.isEqualTo(401);
	}

	@Test
	void behindTheProxyTheAddressTheProxySawCounts() throws Exception {
		try (RawHttp.Proxy proxy = new RawHttp.Proxy(this.port)) {
			for (int i = 1; i <= 3; i++) {
				assertThat(wrongToken("127.0.0.4", proxy.port(), "203.0.113." + i).status()).isEqualTo(401);
			}
			assertThat(wrongToken("127.0.0.4", proxy.port(), "203.0.113.99").status()).isEqualTo(429);
			// another client behind the same proxy, claiming to be the slowed one
			assertThat(wrongToken("127.0.0.5", proxy.port(), "127.0.0.4").status()).isEqualTo(401);
		}
	}

	@Test
	void feedbackFromOneClientIsThrottledWhateverItsForwardedFor() throws Exception {
		long before = this.feedback.count();
		assertThat(sendFeedback("127.0.0.6", this.port, "192.0.2.1")).isEqualTo(302);
		assertThat(sendFeedback("127.0.0.6", this.port, "192.0.2.2")).isEqualTo(302);
		for (int i = 3; i <= 10; i++) {
			assertThat(sendFeedback("127.0.0.6", this.port, "192.0.2." + i)).isEqualTo(429);
		}
		try (RawHttp.Proxy proxy = new RawHttp.Proxy(this.port)) {
			assertThat(sendFeedback("127.0.0.7", proxy.port(), "192.0.2.50")).isEqualTo(302);
			assertThat(sendFeedback("127.0.0.7", proxy.port(), "192.0.2.51")).isEqualTo(302);
			assertThat(sendFeedback("127.0.0.7", proxy.port(), "192.0.2.52")).isEqualTo(429);
		}
		assertThat(this.feedback.count() - before).as("stored").isEqualTo(4);
	}

	@Test
	void signInAttemptsFromOneClientAreCountedWhateverItsForwardedFor() throws Exception {
		assertThat(signIn("127.0.0.8", "10.9.8.1")).doesNotContain("throttled");
		assertThat(signIn("127.0.0.8", "10.9.8.2")).doesNotContain("throttled");
		assertThat(signIn("127.0.0.8", "10.9.8.3")).contains("throttled");
		assertThat(signIn("127.0.0.9", "127.0.0.8")).as("another client").doesNotContain("throttled");
	}

	/** A wrong password from a client; where the server sends it next. */
	private String signIn(String from, String forwardedFor) throws Exception {
		RawHttp.Answer form = RawHttp.send(from, this.port, "GET", "/login", Map.of(), null);
		String body = "_csrf=" + encode(csrf(form)) + "&username=nobody%40example.org&password=wrong";
		RawHttp.Answer answer = RawHttp.send(from, this.port, "POST", "/login", Map.of("Cookie", cookie(form),
				"Content-Type", "application/x-www-form-urlencoded", "X-Forwarded-For", forwardedFor), body);
		assertThat(answer.status()).isEqualTo(302);
		return answer.header("Location").orElseThrow();
	}

	private int sendFeedback(String from, int port, String forwardedFor) throws Exception {
		RawHttp.Answer form = RawHttp.send(from, port, "GET", "/feedback?lang=en", Map.of(), null);
		assertThat(form.status()).isEqualTo(200);
		String body = "_csrf=" + encode(csrf(form)) + "&topic=PLAN&message=" + encode("Sent from " + from);
		return RawHttp
			.send(from, port, "POST", "/feedback?lang=en",
					Map.of("Cookie", cookie(form), "Content-Type", "application/x-www-form-urlencoded",
							"X-Forwarded-For", forwardedFor),
					body)
			.status();
	}

	private static String csrf(RawHttp.Answer page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("the form carries its CSRF token").isTrue();
		return matcher.group(1).replace("&#45;", "-");
	}

	private static String cookie(RawHttp.Answer page) {
		return page.headers("Set-Cookie")
			.stream()
			.map((c) -> c.split(";", 2)[0])
			.reduce((a, b) -> a + "; " + b)
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
