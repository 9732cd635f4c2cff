package org.alliance.web.architecture;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Keeps the unit loop ({@code ./mvnw test}) fast and the split honest: a test class that
 * starts the application or reaches the database or a browser is tagged {@code database}
 * or {@code browser} (directly or through its base class), so that it runs in failsafe's
 * integration-test phase and never in the unit loop.
 */
class TestLoopTest {

	private static final Set<String> SLOW = Set.of("database", "browser");

	@Test
	void testsThatStartTheApplicationOrTheDatabaseAreTagged() {
		JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
			.importPackages("org.alliance");
		classes().that()
			.haveSimpleNameEndingWith("Test")
			.and()
			.areNotInterfaces()
			.should(new ArchCondition<JavaClass>("be tagged database or browser when they need the application") {
				@Override
				public void check(JavaClass test, ConditionEvents events) {
					Class<?> type = test.reflect();
					boolean slow = needsApplication(type);
					boolean tagged = AnnotatedElementUtils.findAllMergedAnnotations(type, Tag.class)
						.stream()
						.anyMatch((tag) -> SLOW.contains(tag.value()));
					if (slow && !tagged) {
						events.add(SimpleConditionEvent.violated(test, test.getName()
								+ " starts the application or the database but is not tagged database or browser"));
					}
				}
			})
			.allowEmptyShould(false)
			.check(tests);
	}

	private static boolean needsApplication(Class<?> type) {
		if (AnnotatedElementUtils.hasAnnotation(type, SpringBootTest.class)) {
			return true;
		}
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			if (c.getName().endsWith("PostgresTestSupport") || c.getName().endsWith("BrowserTestSupport")) {
				return true;
			}
		}
		return false;
	}

}
