package org.practiceaudit.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practiceaudit.testkit.TestNames;

final class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.practiceaudit.json");

  @Test
  void import_mainClasses_findsAPlausibleNumber() {
    assertThat(CLASSES.size()).isBetween(25, 300);
  }

  @Test
  void dependencies_mainClasses_onlyCoreRulesJacksonSchemaVavrAndTheJdk() {
    classes()
        .that()
        .resideInAPackage("org.practiceaudit.json..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.practiceaudit.json..",
            "org.practiceaudit.core..",
            "org.practiceaudit.rules..",
            "tools.jackson..",
            "com.fasterxml.jackson.annotation..",
            "com.networknt.schema..",
            "io.vavr..",
            "java..",
            "org.immutables..")
        .check(CLASSES);
  }

  @Test
  void packages_mainClasses_freeOfCycles() {
    slices().matching("org.practiceaudit.json.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void bindingAndConfiguration_mainClasses_doNotDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("..json.binding..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..json.configuration..", "..json.bundled..")
        .check(CLASSES);
  }

  @Test
  void publicClasses_mainClasses_areFinalOrEnumsOrRecordsOrInterfaces() {
    classes()
        .that()
        .arePublic()
        .and()
        .areNotInterfaces()
        .and()
        .areNotEnums()
        .and()
        .areNotRecords()
        .and()
        .areTopLevelClasses()
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(CLASSES);
  }

  @Test
  void libraryCode_anyClass_neverPrintsNorUsesJavaUtilLogging() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(CLASSES);
  }

  @Test
  void defaultTyping_anyClass_neverActivated() {
    noClasses()
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "activates default typing",
                call -> call.getTarget().getName().startsWith("activateDefaultTyping")))
        .check(CLASSES);
  }

  @Test
  void moduleDescriptor_compiled_exportsTheApiPackages() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      ModuleDescriptor descriptor = ModuleDescriptor.read(in);
      assertThat(descriptor.name()).isEqualTo("org.practiceaudit.json");
      assertThat(
              descriptor.exports().stream()
                  .map(ModuleDescriptor.Exports::source)
                  .collect(Collectors.toSet()))
          .containsExactlyInAnyOrder(
              "org.practiceaudit.json",
              "org.practiceaudit.json.configuration",
              "org.practiceaudit.json.bundled",
              "org.practiceaudit.json.holidays");
    }
  }

  @Test
  void schema_inTheJarAndInTheRepository_areIdentical() throws IOException {
    String repository =
        Files.readString(Path.of("../schema/framework.schema.json"), StandardCharsets.UTF_8);
    assertThat(org.practiceaudit.json.configuration.FrameworkLoader.schema()).isEqualTo(repository);
    assertThat(repository).contains(org.practiceaudit.json.configuration.FrameworkLoader.SCHEMA_ID);
  }

  /** Test names follow the house rule, so a new test cannot drift from it (issue 17). */
  @Test
  void testNames_everyTestMethod_followMethodConditionExpectation() {
    TestNames.RULE.check(TestNames.testClassesBeside(ArchitectureTest.class));
  }
}
