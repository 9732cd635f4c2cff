package org.alliance.web.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * HTTP/1.0 by hand, from a chosen loopback address (127.0.0.2, 127.0.0.3 ... are all this
 * machine, but the server sees each as a different client), and a reverse proxy that does
 * what nginx's {@code proxy_add_x_forwarded_for} does: appends the address it was called
 * from to whatever {@code X-Forwarded-For} the client sent.
 */
final class RawHttp {

	private RawHttp() {
	}

	record Answer(int status, Map<String, List<String>> headers, String body) {

		Optional<String> header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(0));
		}

		List<String> headers(String name) {
			return this.headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

	}

	/** Sends a request from {@code from} to the server at 127.0.0.1:{@code port}. */
	static Answer send(String from, int port, String method, String path, Map<String, String> headers, String body)
			throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(30_000);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost\r\n");
			headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			if (body != null) {
				request.append("Content-Length: ").append(content.length).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
	}

	private static Answer parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String head = (end < 0) ? text : text.substring(0, end);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers
				.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), (k) -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).trim());
		}
		return new Answer(status, headers, (end < 0) ? "" : text.substring(end + 4));
	}

	/**
	 * A reverse proxy on 127.0.0.1 in front of the server at {@code target}: each request
	 * gets the caller's address appended to its {@code X-Forwarded-For}.
	 */
	static final class Proxy implements AutoCloseable {

		private final ServerSocket server;

		private final ExecutorService threads = Executors.newCachedThreadPool();

		Proxy(int target) throws IOException {
			this.server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
			this.threads.submit(() -> {
				while (!this.server.isClosed()) {
					try {
						Socket client = this.server.accept();
						this.threads.submit(() -> forward(client, target));
					}
					catch (IOException ex) {
						return;
					}
				}
			});
		}

		int port() {
			return this.server.getLocalPort();
		}

		private static void forward(Socket client, int target) {
			try (client; Socket upstream = new Socket("127.0.0.1", target)) {
				InputStream in = client.getInputStream();
				ByteArrayOutputStream head = new ByteArrayOutputStream();
				int matched = 0;
				while (matched < 4) {
					int b = in.read();
					if (b < 0) {
						return;
					}
					head.write(b);
					matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
				}
				String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
				StringBuilder forwarded = new StringBuilder(lines[0]).append("\r\n");
				String chain = null;
				int length = 0;
				for (int i = 1; i < lines.length; i++) {
					String lower = lines[i].toLowerCase(Locale.ROOT);
					if (lower.startsWith("x-forwarded-for:")) {
						chain = lines[i].substring(lines[i].indexOf(':') + 1).trim();
						continue;
					}
					if (lower.startsWith("content-length:")) {
						length = Integer.parseInt(lines[i].substring(lines[i].indexOf(':') + 1).trim());
					}
					forwarded.append(lines[i]).append("\r\n");
				}
				String caller = client.getInetAddress().getHostAddress();
				forwarded.append("X-Forwarded-For: ")
					.append((chain != null) ? chain + ", " + caller : caller)
					.append("\r\n\r\n");
				OutputStream out = upstream.getOutputStream();
				out.write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(in.readNBytes(length));
				out.flush();
				upstream.getInputStream().transferTo(client.getOutputStream());
			}
			catch (IOException ex) {
				// the client went away
			}
		}

		@Override
		public void close() throws IOException {
			this.server.close();
			this.threads.shutdownNow();
		}

	}

}
