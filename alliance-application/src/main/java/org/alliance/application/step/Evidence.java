package org.alliance.application.step;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A file attached to a progress update, as it arrived: its name and its bytes. Its type
 * is found from its content ({@link #detectedType()}), never taken from the browser: PDF,
 * PNG, JPEG, GIF, WebP, office documents (Word, Excel, PowerPoint and OpenDocument, which
 * are ZIP files named so) and CSV or plain text (UTF-8, no control bytes). HTML, SVG and
 * anything else are refused.
 */
public record Evidence(String fileName, byte[] content) {

	/** The largest file. */
	public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	/** The most files on one update. */
	public static final int MAX_FILES = 5;

	/** The longest file name kept, in characters. */
	public static final int MAX_NAME = 200;

	/**
	 * The file's name as it is kept: without any path a browser sent or double quotes, in
	 * Unicode's composed form (NFC), trimmed; "evidence" when nothing is left. Only a
	 * name without a {@link #nameProblem() problem} is ever stored.
	 */
	public String safeName() {
		String name = normalised();
		if (name.isEmpty()) {
			return "evidence";
		}
		return (name.length() > MAX_NAME) ? name.substring(name.length() - MAX_NAME) : name;
	}

	/**
	 * What is wrong with the name as sent, as a message key: control characters (a NUL
	 * byte, a line break), which have no place in a file name and would break the
	 * download's header; or more than {@link #MAX_NAME} characters. (Double quotes are
	 * dropped from the name kept.)
	 */
	public Optional<String> nameProblem() {
		String name = normalised();
		if (name.codePoints().anyMatch((c) -> Character.getType(c) == Character.CONTROL)) {
			return Optional.of("evidence.name.invalid");
		}
		if (name.length() > MAX_NAME) {
			return Optional.of("evidence.name.tooLong");
		}
		return Optional.empty();
	}

	private String normalised() {
		String name = (this.fileName != null) ? this.fileName.replace('\\', '/') : "";
		name = name.substring(name.lastIndexOf('/') + 1);
		return Normalizer.normalize(name, Normalizer.Form.NFC).replace("\"", "").strip();
	}

	/** The content type its bytes show, if it is one that is accepted. */
	public Optional<String> detectedType() {
		byte[] b = this.content;
		String extension = extension();
		if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of("application/pdf");
		}
		if (startsWith(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return Optional.of("image/png");
		}
		if (startsWith(b, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(b, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| startsWith(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of("image/gif");
		}
		if (b.length >= 12 && startsWith(b, "RIFF".getBytes(StandardCharsets.US_ASCII)) && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return Optional.of("image/webp");
		}
		if (startsWith(b, new byte[] { 'P', 'K', 3, 4 })) {
			return Optional.ofNullable(switch (extension) {
				case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
				case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
				case "odt" -> "application/vnd.oasis.opendocument.text";
				case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
				case "odp" -> "application/vnd.oasis.opendocument.presentation";
				default -> null;
			});
		}
		if ((extension.equals("csv") || extension.equals("txt")) && isPlainText(b)) {
			return Optional.of(extension.equals("csv") ? "text/csv" : "text/plain");
		}
		return Optional.empty();
	}

	private String extension() {
		String name = safeName();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** UTF-8 text without control bytes other than tab and line ends, and not markup. */
	private static boolean isPlainText(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			String start = text.stripLeading().toLowerCase(Locale.ROOT);
			if (start.startsWith("<")) {
				return false;
			}
			return text.chars().noneMatch((c) -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
