package org.alliance.web.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small OpenID Connect provider running inside the tests: discovery, authorization code
 * flow (it signs in whoever the test says, at once, without a page), token endpoint with
 * RS256-signed ID tokens carrying the request's nonce, user info, keys, and an
 * end-session endpoint that records who signed out.
 */
final class TestIdentityProvider implements AutoCloseable {

	static final String CLIENT_ID = "alliance-test";

	static final String CLIENT_SECRET = "alliance-test-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final RSAKey key;

	private final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> accessTokens = new ConcurrentHashMap<>();

	/** ID token hints received at the end-session endpoint. */
	final List<String> signedOut = new CopyOnWriteArrayList<>();

	private volatile String email = "nobody@example.org";

	private volatile boolean verified = true;

	TestIdentityProvider() throws IOException, JOSEException {
		this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/.well-known/openid-configuration", this::discovery);
		this.server.createContext("/authorize", this::authorize);
		this.server.createContext("/token", this::token);
		this.server.createContext("/userinfo", this::userInfo);
		this.server.createContext("/jwks",
				(exchange) -> send(exchange, 200, new JWKSet(this.key.toPublicJWK()).toString()));
		this.server.createContext("/logout", this::logout);
		this.server.start();
	}

	String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Who the provider signs in next, and whether it vouches for their e-mail address.
	 */
	void signsIn(String email, boolean verified) {
		this.email = email;
		this.verified = verified;
	}

	private void discovery(HttpExchange exchange) throws IOException {
		String issuer = issuer();
		Map<String, Object> document = new HashMap<>();
		document.put("issuer", issuer);
		document.put("authorization_endpoint", issuer + "/authorize");
		document.put("token_endpoint", issuer + "/token");
		document.put("userinfo_endpoint", issuer + "/userinfo");
		document.put("jwks_uri", issuer + "/jwks");
		document.put("end_session_endpoint", issuer + "/logout");
		document.put("response_types_supported", List.of("code"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("scopes_supported", List.of("openid", "email", "profile"));
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
		document.put("grant_types_supported", List.of("authorization_code"));
		send(exchange, 200, JSON.writeValueAsString(document));
	}

	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
		String code = UUID.randomUUID().toString();
		Map<String, Object> grant = new HashMap<>();
		grant.put("email", this.email);
		grant.put("verified", this.verified);
		grant.put("nonce", query.get("nonce"));
		grant.put("redirect_uri", query.get("redirect_uri"));
		this.codes.put(code, grant);
		exchange.getResponseHeaders()
			.add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
					+ URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		Map<String, Object> grant = this.codes.remove(form.get("code"));
		if (grant == null || !grant.get("redirect_uri").equals(form.get("redirect_uri"))) {
			send(exchange, 400, "{\"error\":\"invalid_grant\"}");
			return;
		}
		String subject = "sub-" + grant.get("email");
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer())
			.subject(subject)
			.audience(CLIENT_ID)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.claim("email", grant.get("email"))
			.claim("email_verified", grant.get("verified"));
		if (grant.get("nonce") != null) {
			claims.claim("nonce", grant.get("nonce"));
		}
		SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims.build());
		try {
			idToken.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IOException(ex);
		}
		String accessToken = UUID.randomUUID().toString();
		Map<String, Object> userInfo = new HashMap<>();
		userInfo.put("sub", subject);
		userInfo.put("email", grant.get("email"));
		userInfo.put("email_verified", grant.get("verified"));
		this.accessTokens.put(accessToken, userInfo);
		send(exchange, 200, JSON.writeValueAsString(Map.of("access_token", accessToken, "token_type", "Bearer",
				"expires_in", 300, "scope", "openid email profile", "id_token", idToken.serialize())));
	}

	private void userInfo(HttpExchange exchange) throws IOException {
		String header = exchange.getRequestHeaders().getFirst("Authorization");
		Map<String, Object> info = (header != null) ? this.accessTokens.get(header.replace("Bearer ", "")) : null;
		if (info == null) {
			send(exchange, 401, "{\"error\":\"invalid_token\"}");
			return;
		}
		send(exchange, 200, JSON.writeValueAsString(info));
	}

	private void logout(HttpExchange exchange) throws IOException {
		Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
		this.signedOut.add(query.getOrDefault("id_token_hint", ""));
		String back = query.get("post_logout_redirect_uri");
		if (back != null) {
			exchange.getResponseHeaders().add("Location", back);
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
			return;
		}
		send(exchange, 200, "signed out");
	}

	private static Map<String, String> parse(String encoded) {
		Map<String, String> values = new HashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			values.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return values;
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
