package org.practiceaudit.imports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practiceaudit.imports.annexa.AnnexA;
import org.practiceaudit.imports.ssda903.Ssda903;
import org.practiceaudit.testkit.TestNames;

final class ArchitectureTest {

  private static final String IMPORTS = "org.practiceaudit.imports";

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(IMPORTS);

  @Test
  void import_mainClasses_findsAPlausibleNumber() {
    assertThat(CLASSES.size()).isBetween(20, 80);
    assertThat(CLASSES.contain(AnnexA.class)).isTrue();
    assertThat(CLASSES.contain(Ssda903.class)).isTrue();
  }

  @Test
  void dependencies_mainClasses_onlyJdkCoreSpreadsheetAndCsvReaders() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            IMPORTS + "..",
            "org.practiceaudit.core..",
            "org.immutables..",
            "org.dhatim.fastexcel.reader..",
            "de.siegmar.fastcsv..")
        .check(CLASSES);
  }

  @Test
  void spreadsheetReader_anyUse_onlyInTheTablePackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage(IMPORTS + ".table..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dhatim..", "de.siegmar.fastcsv..")
        .check(CLASSES);
  }

  @Test
  void dependencies_mainClasses_neverJacksonNorCli() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..", "picocli..")
        .check(CLASSES);
  }

  @Test
  void packages_mainClasses_freeOfCycles() {
    SlicesRuleDefinition.slices()
        .matching(IMPORTS + ".(*)..")
        .should()
        .beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void publicConcreteClasses_mainClasses_areFinal() {
    classes()
        .that()
        .arePublic()
        .and()
        .areNotInterfaces()
        .and()
        .areNotEnums()
        .and()
        .doNotHaveModifier(JavaModifier.ABSTRACT)
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(CLASSES);
  }

  @Test
  void libraryCode_anyClass_neverWritesToStandardStreamsNorUsesJavaLogging() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(CLASSES);
  }

  /**
   * Tests run on the class path: the module boundary is held by reading the compiled descriptor.
   */
  @Test
  void moduleDescriptor_compiled_nameRequiresAndExports() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      ModuleDescriptor descriptor = ModuleDescriptor.read(in);
      assertThat(descriptor.name()).isEqualTo("org.practiceaudit.imports");
      assertThat(descriptor.isAutomatic()).isFalse();
      Set<String> exports =
          descriptor.exports().stream()
              .map(ModuleDescriptor.Exports::source)
              .collect(Collectors.toSet());
      assertThat(exports)
          .containsExactlyInAnyOrder(IMPORTS, IMPORTS + ".annexa", IMPORTS + ".ssda903");
      assertThat(descriptor.requires())
          .extracting(ModuleDescriptor.Requires::name)
          .contains("org.practiceaudit.core", "org.dhatim.fastexcel.reader", "de.siegmar.fastcsv");
    }
  }

  /** Test names follow the house rule, so a new test cannot drift from it (issue 17). */
  @Test
  void testNames_everyTestMethod_followMethodConditionExpectation() {
    TestNames.RULE.check(TestNames.testClassesBeside(ArchitectureTest.class));
  }
}
