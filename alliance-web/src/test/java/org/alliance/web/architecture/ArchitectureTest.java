package org.alliance.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.ModelAttribute;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the module direction web -> persistence -> domain and the conventions of the
 * codebase.
 */
class ArchitectureTest {

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption((location) -> !location.contains("-tests.jar"))
			.importPackages("org.alliance");
	}

	@Test
	void domainDependsOnNeitherPersistenceNorWeb() {
		noClasses().that()
			.resideInAPackage("org.alliance.domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.alliance.persistence..", "org.alliance.web..", "org.springframework..",
					"org.hibernate..")
			.check(classes);
	}

	@Test
	void persistenceDoesNotDependOnWeb() {
		noClasses().that()
			.resideInAPackage("org.alliance.persistence..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.alliance.web..")
			.check(classes);
	}

	@Test
	void noFieldInjection() {
		noFields().should().beAnnotatedWith(Autowired.class).check(classes);
	}

	@Test
	void formsBindRecordsNotEntities() {
		com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
			.that()
			.areDeclaredInClassesThat()
			.resideInAPackage("org.alliance.web..")
			.should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
					"not bind an entity with @ModelAttribute") {
				@Override
				public void check(com.tngtech.archunit.core.domain.JavaMethod method,
						com.tngtech.archunit.lang.ConditionEvents events) {
					method.getParameters()
						.stream()
						.filter((p) -> p.isAnnotatedWith(ModelAttribute.class))
						.filter((p) -> p.getRawType().isAnnotatedWith(jakarta.persistence.Entity.class))
						.forEach((p) -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
								method.getFullName() + " binds entity " + p.getRawType().getName())));
				}
			})
			.check(classes);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.alliance.web.(*)..").should().beFreeOfCycles().check(classes);
		slices().matching("org.alliance.domain.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void everyHandlerDeclaresItsAuthorizationRule() {
		com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
			.that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.GetMapping.class)
			.or()
			.areAnnotatedWith(org.springframework.web.bind.annotation.PostMapping.class)
			.and()
			.areDeclaredInClassesThat()
			.doNotHaveSimpleName("LoginController")
			.should()
			.beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
			.orShould()
			.beDeclaredInClassesThat()
			.areAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
			.check(classes);
	}

}
