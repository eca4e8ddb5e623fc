package org.practiceaudit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practiceaudit.core.grade.GradeScale;

/**
 * Checks the compiled {@code module-info.class}: tests run on the class path, so this is where the
 * module boundary is held. A package added to audit-core must be listed here as API or as internal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ModuleDescriptorTest {

  /** The packages that make up audit-core's public API, exported to everyone. */
  private static final Set<String> API_PACKAGES =
      Set.of(
          "org.practiceaudit.core",
          "org.practiceaudit.core.agreement",
          "org.practiceaudit.core.allocation",
          "org.practiceaudit.core.audit",
          "org.practiceaudit.core.calendar",
          "org.practiceaudit.core.casefile",
          "org.practiceaudit.core.escalation",
          "org.practiceaudit.core.framework",
          "org.practiceaudit.core.grade",
          "org.practiceaudit.core.moderation",
          "org.practiceaudit.core.programme",
          "org.practiceaudit.core.pseudonym",
          "org.practiceaudit.core.quota",
          "org.practiceaudit.core.region",
          "org.practiceaudit.core.report",
          "org.practiceaudit.core.sampling",
          "org.practiceaudit.core.score",
          "org.practiceaudit.core.synthetic",
          "org.practiceaudit.core.timeliness",
          "org.practiceaudit.core.workforce");

  /**
   * Packages shared with the project's own modules only: exported to exactly these modules, never
   * to everyone.
   */
  private static final Map<String, Set<String>> INTERNAL_PACKAGES =
      Map.of(
          "org.practiceaudit.core.internal",
          Set.of(
              "org.practiceaudit.cli",
              "org.practiceaudit.imports",
              "org.practiceaudit.json",
              "org.practiceaudit.rules"),
          "org.practiceaudit.core.style",
          Set.of("org.practiceaudit.imports", "org.practiceaudit.rules"));

  private ModuleDescriptor descriptor;

  @BeforeAll
  void readDescriptor() throws IOException, URISyntaxException {
    Path classes =
        Path.of(GradeScale.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path moduleInfo = classes.resolve("module-info.class");
    assertThat(moduleInfo).as("compiled module descriptor").exists();
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      descriptor = ModuleDescriptor.read(in);
    }
  }

  @Test
  void name_compiledDescriptor_isOrgPracticeauditCore() {
    assertThat(descriptor.name()).isEqualTo("org.practiceaudit.core");
    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.isOpen()).isFalse();
  }

  @Test
  void exports_unqualified_exactlyTheApiPackages() {
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrderElementsOf(API_PACKAGES);
  }

  @Test
  void exports_qualified_theInternalPackagesToTheProjectModulesOnly() {
    Map<String, Set<String>> qualified =
        descriptor.exports().stream()
            .filter(ModuleDescriptor.Exports::isQualified)
            .collect(
                Collectors.toMap(
                    ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
    assertThat(qualified).isEqualTo(INTERNAL_PACKAGES);
  }

  @Test
  void packages_everyPackage_isListedAsApiOrInternal() {
    assertThat(descriptor.packages())
        .containsAll(API_PACKAGES)
        .allSatisfy(
            p ->
                assertThat(API_PACKAGES.contains(p) || INTERNAL_PACKAGES.containsKey(p))
                    .as("package %s must be listed as API or internal", p)
                    .isTrue());
  }

  @Test
  void requires_compiledDescriptor_theJdkAndImmutablesStaticOnly() {
    Set<String> required =
        descriptor.requires().stream()
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
    assertThat(required).containsExactlyInAnyOrder("java.base", "org.immutables.value");
    assertThat(required)
        .allSatisfy(
            name ->
                assertThat(name)
                    .doesNotStartWith("tools.jackson")
                    .doesNotStartWith("com.fasterxml"));
    assertThat(descriptor.requires())
        .filteredOn(r -> r.name().equals("org.immutables.value"))
        .allSatisfy(
            r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }
}
