package org.alliance.web.operations;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client with cookies, for tests against real running instances. */
final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	HttpResponse<String> get(int port, String path) throws Exception {
		return get(port, path, "text/html");
	}

	/** A GET of a full address (another server's, or one a redirect gave). */
	HttpResponse<String> getAddress(String address) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(address))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(int port, String path, String accept) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The SQL statements the request for the page cost, as reported by an instance
	 * running with {@code alliance.diagnostics.sql-count=true}.
	 */
	int statements(int port, String path) throws Exception {
		HttpResponse<String> response = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html")
				.header("X-Count-SQL", "1")
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new AssertionError(path + " answered " + response.statusCode());
		}
		return Integer.parseInt(response.headers()
			.firstValue("X-SQL-Statements")
			.orElseThrow(() -> new AssertionError("No statement count for " + path)));
	}

	/**
	 * Signs in through the real form, CSRF token included; returns the response to the
	 * form post.
	 */
	HttpResponse<String> signIn(int port, String email, String password) throws Exception {
		String page = get(port, "/login").body();
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new AssertionError("No CSRF token on the sign-in page");
		}
		String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a form from a page, with the page's CSRF token and any extra headers (name,
	 * value, ...); returns the response.
	 */
	HttpResponse<String> post(int port, String page, String action, String form, String... headers) throws Exception {
		Matcher token = CSRF.matcher(get(port, page).body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + action));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a form from a page like {@link #post} and returns the SQL statements the post
	 * cost, requiring a redirect (an accepted form).
	 */
	int postStatements(int port, String page, String action, String form) throws Exception {
		Matcher token = CSRF.matcher(get(port, page).body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page);
		}
		HttpResponse<String> response = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Count-SQL", "1")
				.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token.group(1))))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302) {
			throw new AssertionError(action + " answered " + response.statusCode());
		}
		return Integer.parseInt(response.headers()
			.firstValue("X-SQL-Statements")
			.orElseThrow(() -> new AssertionError("No statement count for " + action)));
	}

	/** Sends a file as a multipart form from a page, with the page's CSRF token. */
	HttpResponse<String> upload(int port, String page, String action, String filename, byte[] content)
			throws Exception {
		return upload(port, page, action, Map.of(), "file", filename, content);
	}

	/**
	 * Sends a multipart form from a page, with the page's CSRF token, its fields and one
	 * file (its name sent exactly as given, bytes and all).
	 */
	HttpResponse<String> upload(int port, String page, String action, Map<String, String> fields, String fileField,
			String filename, byte[] content) throws Exception {
		Matcher token = CSRF.matcher(get(port, page).body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page);
		}
		String boundary = "----alliance" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		StringBuilder parts = new StringBuilder();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token.group(1));
		all.forEach((name, value) -> parts.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		parts.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(fileField)
			.append("\"; filename=\"")
			.append(filename)
			.append("\"\r\nContent-Type: text/csv\r\n\r\n");
		body.write(parts.toString().getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
