package org.practiceaudit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practiceaudit.testkit.TestNames;

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
  void import_mainClasses_findsAPlausibleNumberAndNoTests() {
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
  void dependencies_mainClasses_onlyJdkImmutablesAndItself() {
    classes()
        .that()
        .resideInAPackage(CORE + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax.crypto..", "org.immutables..", CORE + "..")
        .because(
            "audit-core is the vocabulary: the JDK (with javax.crypto for keyed pseudonyms) and"
                + " Immutables annotations only")
        .check(core);
  }

  @Test
  void dependencies_mainClasses_neverJackson() {
    noClasses()
        .that()
        .resideInAPackage(CORE + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml..")
        .because("JSON binding belongs in audit-json")
        .check(core);
  }

  /**
   * Which packages of audit-core each package may use (besides itself, {@code style} and the root's
   * exceptions, and {@code internal}, the helpers every package may use, which uses nothing above
   * it). The vocabulary ({@code grade}, {@code score}, {@code calendar}, {@code pseudonym}, {@code
   * workforce}, {@code casefile}) uses nothing above it; the algorithms ({@code sampling}, {@code
   * allocation}, {@code moderation}, {@code quota}, {@code timeliness}, {@code report}) use the
   * vocabulary and the packages listed. A new arrow is a design decision: add it here deliberately.
   * {@code synthetic} generates data over the vocabulary and depends on no algorithm.
   */
  private static final Map<String, Set<String>> ALLOWED_DEPENDENCIES =
      Map.ofEntries(
          Map.entry("", Set.of()),
          Map.entry("style", Set.of()),
          Map.entry("internal", Set.of()),
          Map.entry("grade", Set.of()),
          Map.entry("score", Set.of()),
          Map.entry("calendar", Set.of()),
          Map.entry("pseudonym", Set.of()),
          Map.entry("workforce", Set.of("pseudonym")),
          Map.entry("casefile", Set.of("pseudonym", "workforce")),
          Map.entry("agreement", Set.of("grade")),
          Map.entry("audit", Set.of("casefile", "grade", "pseudonym", "score", "workforce")),
          Map.entry("escalation", Set.of("audit", "calendar")),
          Map.entry("timeliness", Set.of("agreement", "audit", "calendar")),
          Map.entry(
              "framework",
              Set.of(
                  "allocation",
                  "audit",
                  "calendar",
                  "casefile",
                  "grade",
                  "score",
                  "timeliness",
                  "workforce")),
          Map.entry("sampling", Set.of("casefile", "workforce")),
          Map.entry("allocation", Set.of("audit", "casefile", "workforce")),
          Map.entry("moderation", Set.of("allocation", "audit", "grade", "sampling", "workforce")),
          Map.entry("programme", Set.of("audit")),
          Map.entry("region", Set.of("agreement", "report", "timeliness")),
          Map.entry(
              "quota",
              Set.of(
                  "allocation",
                  "audit",
                  "calendar",
                  "casefile",
                  "framework",
                  "timeliness",
                  "workforce")),
          Map.entry(
              "report",
              Set.of(
                  "agreement",
                  "audit",
                  "calendar",
                  "casefile",
                  "escalation",
                  "framework",
                  "grade",
                  "quota",
                  "score",
                  "timeliness",
                  "workforce")),
          Map.entry(
              "synthetic",
              Set.of(
                  "allocation",
                  "audit",
                  "calendar",
                  "casefile",
                  "framework",
                  "grade",
                  "sampling",
                  "score",
                  "workforce")));

  @Test
  void packages_mainClasses_dependOnlyOnTheirAllowedPackages() {
    Map<String, Set<String>> actual = new TreeMap<>();
    for (JavaClass type : core) {
      String from = subpackage(type.getPackageName());
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        String target = dependency.getTargetClass().getPackageName();
        if (!target.startsWith(CORE + ".")) {
          continue;
        }
        String to = subpackage(target);
        if (!to.equals(from) && !to.equals("style") && !to.equals("internal")) {
          actual.computeIfAbsent(from, key -> new TreeSet<>()).add(to);
        }
      }
    }

    assertThat(actual.keySet()).isSubsetOf(ALLOWED_DEPENDENCIES.keySet());
    actual.forEach(
        (from, to) ->
            assertThat(to)
                .as("packages %s depends on", from)
                .isSubsetOf(ALLOWED_DEPENDENCIES.get(from)));
  }

  /** {@code grade} for {@code org.practiceaudit.core.grade}; the root package is {@code ""}. */
  private static String subpackage(String packageName) {
    return packageName.equals(CORE) ? "" : packageName.substring(CORE.length() + 1).split("\\.")[0];
  }

  @Test
  void packages_mainClasses_freeOfCycles() {
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
  void exceptions_openForExtension_areTheDesignedOnes() {
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
  void libraryCode_anyClass_neverWritesToStandardStreamsOrPrintsStackTraces() {
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
  void libraryCode_anyClass_neverUsesJavaUtilLogging() {
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(core);
    noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..").check(core);
  }

  /** Test names follow the house rule, so a new test cannot drift from it (issue 17). */
  @Test
  void testNames_everyTestMethod_followMethodConditionExpectation() {
    TestNames.RULE.check(TestNames.testClassesBeside(ArchitectureTest.class));
  }
}
