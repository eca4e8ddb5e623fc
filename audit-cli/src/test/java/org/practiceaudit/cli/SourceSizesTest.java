package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.cli.SourceSizes.Violation;

/**
 * The size limits of issue 17 over every module's main sources: no top-level class over 500 lines
 * and no method or constructor over 60, unless a {@code // size: <reason>} line directly above the
 * declaration (or above its javadoc) says why. A class counts its whole file, as {@code wc -l}
 * does. audit-cli's tests see the whole repository, so the one test here guards all modules
 * (audit-bench's JMH code is generated under {@code target}, so its {@code src/main/java} is
 * hand-written and held to the same limits).
 */
final class SourceSizesTest {

  private static final Path ROOT = Path.of("..");

  @Nested
  final class Repository {

    @Test
    void mainSources_everyModule_isWithinTheLimits() {
      List<Path> files = SourceSizes.mainSources(ROOT);
      List<Violation> violations = SourceSizes.violations(ROOT, files);

      assertThat(violations)
          .as(
              "classes over %d lines or methods over %d lines without a '// size: <reason>' line:%n%s",
              SourceSizes.MAX_CLASS_LINES,
              SourceSizes.MAX_METHOD_LINES,
              violations.stream().map(Violation::toString).collect(Collectors.joining("\n")))
          .isEmpty();
    }

    @Test
    void mainSources_everyModule_findsAPlausibleNumberOfFiles() {
      List<Path> files = SourceSizes.mainSources(ROOT);

      assertThat(files).hasSizeGreaterThan(200);
      assertThat(files.stream().map(f -> ROOT.relativize(f).getName(0).toString()).distinct())
          .contains(
              "audit-core", "audit-rules", "audit-json", "audit-html", "audit-import", "audit-cli");
    }
  }

  @Nested
  final class Limits {

    @Test
    void violations_methodOfSixtyLines_passes() {
      assertThat(SourceSizes.violations("A.java", classWith("", method(60)))).isEmpty();
    }

    @Test
    void violations_methodOfSixtyOneLines_namesFileLineAndSize() {
      List<Violation> found = SourceSizes.violations("A.java", classWith("", method(61)));

      assertThat(found)
          .extracting(Violation::toString)
          .hasSize(1)
          .first()
          .asString()
          .startsWith("A.java:2: method m has 61 lines (limit 60");
    }

    @Test
    void violations_constructorOfSixtyOneLines_isReported() {
      String constructor = method(61).replace("void m()", "A()");

      assertThat(SourceSizes.violations("A.java", classWith("", constructor)))
          .extracting(Violation::kind, Violation::lines)
          .containsExactly(tuple("constructor", 61L));
    }

    @Test
    void violations_methodInNestedClass_isReported() {
      String nested = "  static final class B {\n" + method(61) + "  }\n";

      assertThat(SourceSizes.violations("A.java", classWith("", nested)))
          .extracting(Violation::name)
          .containsExactly("m");
    }

    @Test
    void violations_markerAboveMethod_excusesIt() {
      String marked = "  // size: a table reads best whole\n" + method(61);

      assertThat(SourceSizes.violations("A.java", classWith("", marked))).isEmpty();
    }

    @Test
    void violations_markerAboveJavadoc_excusesIt() {
      String marked = "  // size: a table reads best whole\n  /**\n   * Doc.\n   */\n" + method(61);

      assertThat(SourceSizes.violations("A.java", classWith("", marked))).isEmpty();
    }

    @Test
    void violations_markerWithoutReason_excusesNothing() {
      String marked = "  // size:\n" + method(61);

      assertThat(SourceSizes.violations("A.java", classWith("", marked))).hasSize(1);
    }

    @Test
    void violations_markerTwoLinesAbove_excusesNothing() {
      String marked = "  // size: too far away\n\n" + method(61);

      assertThat(SourceSizes.violations("A.java", classWith("", marked))).hasSize(1);
    }

    @Test
    void violations_classOfFiveHundredAndOneLines_isReported() {
      String body = "  int f;\n".repeat(499);

      assertThat(SourceSizes.violations("A.java", classWith("", body)))
          .extracting(Violation::kind, Violation::lines)
          .containsExactly(tuple("class", 501L));
    }

    @Test
    void violations_classOfFiveHundredLines_passes() {
      String body = "  int f;\n".repeat(498);

      assertThat(SourceSizes.violations("A.java", classWith("", body))).isEmpty();
    }

    @Test
    void violations_classWithImports_countsTheWholeFile() {
      String body = "  int f;\n".repeat(498);

      assertThat(SourceSizes.violations("A.java", "import java.util.List;\n" + classWith("", body)))
          .extracting(Violation::lines)
          .containsExactly(501L);
    }

    @Test
    void violations_markerAboveAnnotatedClass_excusesIt() {
      String body = "  int f;\n".repeat(499);

      assertThat(SourceSizes.violations("A.java", classWith("// size: generated table\n", body)))
          .isEmpty();
    }

    /** A class {@code A} on line 1 (after {@code prefix}) whose body is {@code body}. */
    private String classWith(String prefix, String body) {
      return prefix + "@Deprecated final class A {\n" + body + "}\n";
    }

    /** A method {@code m} of exactly {@code lines} lines. */
    private String method(int lines) {
      return "  void m() {\n" + "    int x = 0;\n".repeat(lines - 2) + "  }\n";
    }
  }
}
