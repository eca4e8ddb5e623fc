package org.practiceaudit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The architecture of audit-core, checked on its compiled main classes (tests excluded). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ArchitectureTest {

  private static final String CORE = "org.practiceaudit.core";

  private JavaClasses core;

  @BeforeAll
  void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(CORE);
  }

  @Test
  void import_findsThePlausibleMainClassesAndNoTests() {
    Set<String> names = core.stream().map(JavaClass::getName).collect(Collectors.toSet());
    assertThat(core.size()).isGreaterThanOrEqualTo(30);
    assertThat(names)
        .contains(
            CORE + ".grade.GradeScale",
            CORE + ".casefile.ImmutableCaseFile",
            CORE + ".audit.Audit",
            CORE + ".AuditException")
        .doesNotContain(CORE + ".ArchitectureTest", CORE + ".TestGenerators");
    assertThat(names).noneMatch(name -> name.endsWith("Test"));
  }

  @Test
  void dependencies_onlyJdkVavrSlf4jImmutablesAndItself() {
    classes()
        .that()
        .resideInAPackage(CORE + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax.crypto..", "io.vavr..", "org.slf4j..", "org.immutables..",
            CORE + "..")
        .because("audit-core is the vocabulary: JDK (with javax.crypto for keyed pseudonyms), Vavr, SLF4J"
            + " API and Immutables annotations only")
        .check(core);
  }

  @Test
  void dependencies_neverJackson() {
    noClasses()
        .that()
        .resideInAPackage(CORE + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml..")
        .because("JSON binding belongs in audit-json")
        .check(core);
  }

  @Test
  void packages_freeOfCycles() {
    slices().matching(CORE + ".(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void publicConcreteClasses_notDesignedForExtension_areFinal() {
    classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .and()
        .areNotInterfaces()
        .and()
        .areNotEnums()
        .and()
        .areNotAnnotations()
        .and()
        .doNotHaveModifier(JavaModifier.ABSTRACT)
        .and()
        .areNotAssignableTo(Throwable.class)
        .should()
        .haveModifier(JavaModifier.FINAL)
        .because("public classes that are not SPI are final (house style)")
        .check(core);
  }

  @Test
  void exceptions_areTheDesignedForExtensionOnes() {
    classes()
        .that()
        .areAssignableTo(Throwable.class)
        .and()
        .doNotHaveModifier(JavaModifier.FINAL)
        .should()
        .haveFullyQualifiedName(CORE + ".AuditException")
        .orShould()
        .haveFullyQualifiedName(CORE + ".AuditParseException")
        .allowEmptyShould(true)
        .check(core);
  }

  @Test
  void libraryCode_neverWritesToStandardStreamsOrPrintsStackTraces() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(core);
    noClasses()
        .should()
        .callMethod(Throwable.class, "printStackTrace")
        .orShould()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(core);
  }

  @Test
  void libraryCode_neverUsesJavaUtilLogging() {
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(core);
    noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..").check(core);
  }
}
