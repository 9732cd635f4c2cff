package org.alliance.web.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Style the formatter does not enforce, checked over the Java sources of every module:
 * types are imported, not written out with their package in the code, and every package
 * declares its null-safety ({@code @NullMarked} in {@code package-info.java}).
 */
class SourceStyleTest {

	private static final Pattern INLINE_NAME = Pattern
		.compile("(?<![\\w.@\"])(?:java|javax|jakarta|org|com|tools|net)\\.(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*");

	/** The project's root: the web module's parent folder. */
	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	@Test
	void typesAreImportedNotWrittenOutWithTheirPackage() {
		List<String> found = new ArrayList<>();
		for (Path file : javaSources("src/main/java", "src/test/java")) {
			boolean inComment = false;
			boolean inTextBlock = false;
			List<String> lines = read(file);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				String trimmed = line.trim();
				if (inTextBlock || inComment) {
					inTextBlock &= !line.contains("\"\"\"");
					inComment &= !line.contains("*/");
					continue;
				}
				if (trimmed.startsWith("/*")) {
					inComment = !trimmed.contains("*/");
					continue;
				}
				if (trimmed.startsWith("*") || trimmed.startsWith("import ") || trimmed.startsWith("package ")) {
					continue;
				}
				inTextBlock = countOf(line, "\"\"\"") % 2 == 1;
				Matcher matcher = INLINE_NAME.matcher(withoutStringsAndComments(line));
				while (matcher.find()) {
					found.add(ROOT.relativize(file) + ":" + (i + 1) + " " + matcher.group());
				}
			}
		}
		assertThat(found).as("inline fully qualified names; import them").isEmpty();
	}

	@Test
	void everyPackageIsNullMarked() {
		List<String> missing = new ArrayList<>();
		for (Path file : javaSources("src/main/java")) {
			Path info = file.resolveSibling("package-info.java");
			if (!Files.exists(info) || read(info).stream().noneMatch((l) -> l.trim().equals("@NullMarked"))) {
				missing.add(ROOT.relativize(file.getParent()).toString());
			}
		}
		assertThat(missing.stream().distinct()).as("packages without @NullMarked").isEmpty();
	}

	/**
	 * A form's answer (422 refused, 409 stale) is given through {@code FormSubmission},
	 * so the layout's error summary and focus follow; no handler sets those statuses by
	 * hand.
	 */
	@Test
	void noHandlerSetsAFormsStatusByHand() {
		Pattern byHand = Pattern.compile(
				"setStatus\\((?:422|409|HttpServletResponse\\.SC_CONFLICT|HttpStatus\\.(?:UNPROCESSABLE_\\w+|CONFLICT)\\.value\\(\\))\\)");
		List<String> found = new ArrayList<>();
		for (Path file : javaSources("src/main/java")) {
			if (file.endsWith("FormSubmission.java")) {
				continue;
			}
			List<String> lines = read(file);
			for (int i = 0; i < lines.size(); i++) {
				if (byHand.matcher(lines.get(i)).find()) {
					found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
				}
			}
		}
		assertThat(found).as("statuses set by hand instead of through FormSubmission").isEmpty();
	}

	@Test
	void theCheckSeesAnInlineNameButNotOneInAStringOrComment() {
		assertThat(INLINE_NAME.matcher(withoutStringsAndComments("var m = new java.util.HashMap<>();")).find())
			.isTrue();
		assertThat(INLINE_NAME.matcher(withoutStringsAndComments("String s = \"java.util.HashMap\"; // java.util.List"))
			.find()).isFalse();
	}

	private static List<Path> javaSources(String... folders) {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> modules = Files.list(ROOT)) {
			for (Path module : modules.filter((m) -> m.getFileName().toString().startsWith("alliance-")).toList()) {
				for (String folder : folders) {
					Path sources = module.resolve(folder);
					if (Files.isDirectory(sources)) {
						try (Stream<Path> walk = Files.walk(sources)) {
							walk.filter((p) -> p.toString().endsWith(".java")).forEach(files::add);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(files).as("Java sources under " + ROOT).isNotEmpty();
		return files;
	}

	private static String withoutStringsAndComments(String line) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"' || c == '\'') {
				int end = i + 1;
				while (end < line.length() && line.charAt(end) != c) {
					end += (line.charAt(end) == '\\') ? 2 : 1;
				}
				i = end;
				code.append(' ');
				continue;
			}
			if (line.startsWith("//", i)) {
				break;
			}
			code.append(c);
		}
		return code.toString();
	}

	private static int countOf(String line, String text) {
		return line.split(Pattern.quote(text), -1).length - 1;
	}

	private static List<String> read(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
