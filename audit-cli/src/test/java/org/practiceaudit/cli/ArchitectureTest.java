package org.practiceaudit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practiceaudit.testkit.TestNames;

final class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.practiceaudit.cli");

  @Test
  void import_mainClasses_findsTheCommands() {
    assertThat(CLASSES.size()).isGreaterThan(15);
  }

  @Test
  void output_anyCommand_onlyThroughTheCommandsWriters() {
    // Commands print through picocli's writers so that tests and --json see every byte.
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
  }

  @Test
  void publicClasses_mainClasses_onlyMain() {
    noClasses().that().doNotHaveSimpleName("Main").should().bePublic().check(CLASSES);
  }

  @Test
  void moduleDescriptor_compiled_exportsOnlyTheEntryPointsPackage()
      throws IOException, URISyntaxException {
    try (InputStream in =
        Files.newInputStream(
            Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("module-info.class"))) {
      ModuleDescriptor descriptor = ModuleDescriptor.read(in);
      assertThat(descriptor.name()).isEqualTo("org.practiceaudit.cli");
      assertThat(descriptor.exports())
          .extracting(ModuleDescriptor.Exports::source)
          .containsExactly("org.practiceaudit.cli");
    }
  }

  /** Test names follow the house rule, so a new test cannot drift from it (issue 17). */
  @Test
  void testNames_everyTestMethod_followMethodConditionExpectation() {
    TestNames.RULE.check(TestNames.testClassesBeside(ArchitectureTest.class));
  }
}
