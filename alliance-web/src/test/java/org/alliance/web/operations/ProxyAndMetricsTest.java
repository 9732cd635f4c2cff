package org.alliance.web.operations;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
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
 * else.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "alliance.demo.enabled=false", "alliance.metrics.token=scraper-token-for-the-test" })
class ProxyAndMetricsTest extends PostgresTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	PersonRepository people;

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

}
