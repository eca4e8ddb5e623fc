package org.practiceaudit.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceaudit.testkit.TestNames;

final class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() throws Exception {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(
                java.nio.file.Path.of(
                    RuleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
  }

  @Test
  void import_mainClasses_findsAPlausibleNumber() {
    assertThat(classes.size()).isBetween(50, 400);
    assertThat(classes.contain(RuleSet.class)).isTrue();
  }

  @Test
  void dependencies_mainClasses_onlyCoreJdkVavrSlf4jImmutables() {
    classes()
        .that()
        .resideInAPackage("org.practiceaudit.rules..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.practiceaudit.rules..",
            "org.practiceaudit.core..",
            "java..",
            "io.vavr..",
            "org.slf4j..",
            "org.immutables..")
        .check(classes);
  }

  @Test
  void dependencies_mainClasses_neverJackson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "tools.jackson..")
        .check(classes);
  }

  @Test
  void packages_mainClasses_freeOfCycles() {
    slices().matching("org.practiceaudit.rules.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void publicNonSpiClasses_mainClasses_areFinal() {
    DescribedPredicate<JavaClass> spi =
        DescribedPredicate.describe(
            "SPI or Immutables abstract type",
            c ->
                c.isInterface()
                    || c.isEnum()
                    || c.isRecord()
                    || c.getModifiers().contains(JavaModifier.ABSTRACT));
    classes()
        .that()
        .arePublic()
        .and(DescribedPredicate.not(spi))
        .and()
        .areTopLevelClasses()
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(classes);
  }

  @Test
  void libraryCode_anyClass_neverPrintsNorUsesJavaUtilLogging() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
    noClasses().should().callMethod(Throwable.class, "printStackTrace").check(classes);
  }

  @Test
  void moduleDescriptor_compiled_nameExportsAndServices() throws Exception {
    ModuleDescriptor descriptor;
    var classesDir =
        java.nio.file.Path.of(
            RuleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (var in = java.nio.file.Files.newInputStream(classesDir.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    Set<String> exports = new TreeSet<>();
    descriptor.exports().forEach(e -> exports.add(e.source()));

    assertThat(descriptor.name()).isEqualTo("org.practiceaudit.rules");
    assertThat(exports)
        .contains(
            "org.practiceaudit.rules",
            "org.practiceaudit.rules.preset",
            "org.practiceaudit.rules.framework",
            "org.practiceaudit.rules.lifecycle");
    assertThat(descriptor.uses()).containsExactly(RuleType.class.getName());
    assertThat(descriptor.provides())
        .singleElement()
        .satisfies(p -> assertThat(p.providers()).hasSize(15));
  }

  /** Test names follow the house rule, so a new test cannot drift from it (issue 17). */
  @Test
  void testNames_everyTestMethod_followMethodConditionExpectation() {
    TestNames.RULE.check(TestNames.testClassesBeside(ArchitectureTest.class));
  }
}
