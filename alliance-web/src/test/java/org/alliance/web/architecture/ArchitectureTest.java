package org.alliance.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the layers web -> application -> persistence -> domain and the conventions of the
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
	void domainDependsOnNoOtherLayerAndNoFramework() {
		noClasses().that()
			.resideInAPackage("org.alliance.domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.alliance.persistence..", "org.alliance.application..", "org.alliance.web..",
					"org.springframework..", "org.hibernate..")
			.check(classes);
	}

	@Test
	void persistenceDependsOnNeitherApplicationNorWeb() {
		noClasses().that()
			.resideInAPackage("org.alliance.persistence..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.alliance.application..", "org.alliance.web..")
			.check(classes);
	}

	@Test
	void applicationKnowsNothingOfTheWeb() {
		noClasses().that()
			.resideInAPackage("org.alliance.application..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.alliance.web..", "jakarta.servlet..", "org.springframework.web..",
					"org.springframework.ui..", "org.springframework.validation..", "org.thymeleaf..",
					"org.springframework.security.core..")
			.check(classes);
	}

	/**
	 * Pages and the API read through each feature's read side in the application (ADR
	 * 18), never through persistence: one place per feature decides what a page may read.
	 */
	@Test
	void webReadsThroughTheApplicationNeverPersistence() {
		noClasses().that()
			.resideInAPackage("org.alliance.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.alliance.persistence..", "jakarta.persistence..")
			.check(classes);
	}

	@Test
	void noServiceTakesAForm() {
		methods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage("org.alliance.application..")
			.should(new ArchCondition<JavaMethod>("take commands, queries or domain values, never a form") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					method.getRawParameterTypes()
						.stream()
						.filter((type) -> type.getSimpleName().endsWith("Form"))
						.forEach((type) -> events.add(SimpleConditionEvent.violated(method,
								method.getFullName() + " takes " + type.getName())));
				}
			})
			.check(classes);
	}

	@Test
	void everyChangeGoesThroughTheApplication() {
		DescribedPredicate<JavaMethodCall> writesThroughARepository = new DescribedPredicate<>(
				"a repository's save, delete or flush") {
			@Override
			public boolean test(JavaMethodCall call) {
				return call.getTargetOwner().isAssignableTo(Repository.class)
						&& call.getName().matches("save.*|delete.*|flush.*");
			}
		};
		noClasses().that()
			.resideInAPackage("org.alliance.web..")
			.should()
			.callMethodWhere(writesThroughARepository)
			.check(classes);
	}

	@Test
	void noFieldInjection() {
		noFields().should().beAnnotatedWith(Autowired.class).check(classes);
	}

	@Test
	void formsBindRecordsNotEntities() {
		methods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage("org.alliance.web..")
			.should(new ArchCondition<JavaMethod>("not bind an entity with @ModelAttribute") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					method.getParameters()
						.stream()
						.filter((p) -> p.isAnnotatedWith(ModelAttribute.class))
						.filter((p) -> p.getRawType().isAnnotatedWith(Entity.class))
						.forEach((p) -> events.add(SimpleConditionEvent.violated(method,
								method.getFullName() + " binds entity " + p.getRawType().getName())));
				}
			})
			.check(classes);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.alliance.web.(*)..").should().beFreeOfCycles().check(classes);
		slices().matching("org.alliance.application.(*)..").should().beFreeOfCycles().check(classes);
		slices().matching("org.alliance.domain.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void everyHandlerDeclaresItsAuthorizationRule() {
		methods().that()
			.areAnnotatedWith(GetMapping.class)
			.or()
			.areAnnotatedWith(PostMapping.class)
			.and()
			.areDeclaredInClassesThat()
			.doNotHaveSimpleName("LoginController")
			.should()
			.beAnnotatedWith(PreAuthorize.class)
			.orShould()
			.beDeclaredInClassesThat()
			.areAnnotatedWith(PreAuthorize.class)
			.check(classes);
	}

}
