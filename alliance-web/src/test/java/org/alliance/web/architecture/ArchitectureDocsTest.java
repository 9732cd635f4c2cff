package org.alliance.web.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/architecture.md follows the code: every feature package of the main code is named
 * in its module's paragraph (as `name` in backticks), so a new package cannot go
 * unexplained.
 */
class ArchitectureDocsTest {

	private static final Map<String, String> PARAGRAPHS = Map.of("org.alliance.domain", "- The **domain**",
			"org.alliance.persistence", "- **Persistence**", "org.alliance.application", "- **Application**",
			"org.alliance.web", "- **Web**");

	@Test
	void everyMainPackageIsNamedInArchitectureMd() throws IOException {
		String doc = Files.readString(Path.of("..", "docs", "architecture.md"));
		Set<String> packages = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption((location) -> !location.contains("-tests.jar"))
			.importPackages("org.alliance")) {
			packages.add(type.getPackageName());
		}
		Set<String> missing = new TreeSet<>();
		for (String name : packages) {
			String module = PARAGRAPHS.keySet()
				.stream()
				.filter((m) -> name.startsWith(m + "."))
				.findFirst()
				.orElse(null);
			if (module == null) {
				continue;
			}
			String feature = name.substring(module.length() + 1).split("\\.")[0];
			String paragraph = paragraph(doc, PARAGRAPHS.get(module));
			if (!paragraph.contains("`" + feature + "`") && !doc.contains("`" + name + "`")) {
				missing.add(name);
			}
		}
		assertThat(packages).as("main packages found").hasSizeGreaterThan(20);
		assertThat(missing).as("packages docs/architecture.md does not name in their module's paragraph").isEmpty();
	}

	private static String paragraph(String doc, String start) {
		int from = doc.indexOf(start);
		assertThat(from).as("docs/architecture.md has a paragraph starting " + start).isNotNegative();
		int next = doc.indexOf("\n- ", from + start.length());
		return doc.substring(from, (next < 0) ? doc.length() : next);
	}

}
