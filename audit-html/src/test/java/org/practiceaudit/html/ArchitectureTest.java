package org.practiceaudit.html;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practiceaudit.testkit.TestNames;

final class ArchitectureTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.practiceaudit.html");

  @Test
  void import_mainClasses_findsAPlausibleNumber() {
    assertThat(CLASSES.size()).isBetween(1, 50);
    assertThat(CLASSES.contain(HtmlReport.class)).isTrue();
  }

  @Test
  void dependencies_mainClasses_onlyJdkAndCore() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.practiceaudit.html..", "org.practiceaudit.core..")
        .check(CLASSES);
  }

  @Test
  void dependencies_mainClasses_neverJacksonNorCli() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml..", "picocli..")
        .check(CLASSES);
  }

  @Test
  void publicClasses_mainClasses_areFinal() {
    classes()
        .that()
        .arePublic()
        .and()
        .areNotInterfaces()
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(CLASSES);
  }

  @Test
  void libraryCode_anyClass_neverWritesToStandardStreamsNorUsesJavaLogging() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
  }

  @Test
  void moduleDescriptor_compiled_nameAndExports() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      ModuleDescriptor descriptor = ModuleDescriptor.read(in);
      assertThat(descriptor.name()).isEqualTo("org.practiceaudit.html");
      assertThat(descriptor.exports())
          .extracting(ModuleDescriptor.Exports::source)
          .containsExactly("org.practiceaudit.html");
    }
  }

  /** Test names follow the house rule, so a new test cannot drift from it (issue 17). */
  @Test
  void testNames_everyTestMethod_followMethodConditionExpectation() {
    TestNames.RULE.check(TestNames.testClassesBeside(ArchitectureTest.class));
  }
}
