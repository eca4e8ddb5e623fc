package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.json.bundled.BundledFrameworks;
import org.practiceaudit.json.configuration.FrameworkConfiguration;
import org.practiceaudit.rules.ConfiguredRule;
import tools.jackson.databind.JsonNode;

final class ExplainCommandTest {

  /**
   * The golden files; rewrite them with {@code -Dgolden.update=true}, as the HTML report's golden
   * test does.
   */
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  /**
   * Compares output with its golden file, first rewriting the file when {@code golden.update} is
   * set.
   */
  static void assertGolden(String actual, Path file) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("golden file %s (rewrite with -Dgolden.update=true)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * What the configuration names, as a reader looks for it: ids of domains, indicators and rules.
   */
  static List<String> ids(FrameworkConfiguration configuration) {
    List<String> ids = new ArrayList<>();
    for (Domain domain : configuration.framework().domains()) {
      ids.add(domain.id());
      domain.goodIndicators().stream().map(Indicator::id).forEach(ids::add);
      domain.outstandingIndicators().stream().map(Indicator::id).forEach(ids::add);
    }
    configuration.rules().stream().map(ConfiguredRule::ruleId).forEach(ids::add);
    return ids;
  }

  @Nested
  final class Golden {

    @Test
    void explain_everyBundledFrameworkEveryFormat_matchesGoldenFiles() throws IOException {
      for (String id : BundledFrameworks.ids()) {
        for (String format : List.of("text", "markdown", "html")) {
          Cli.Result result = Cli.run("explain", id, "--format", format);
          assertThat(result.exitCode()).as(id + " " + format).isZero();
          assertThat(result.err()).isEmpty();
          String extension =
              format.equals("text") ? "txt" : format.equals("markdown") ? "md" : "html";
          assertGolden(result.out(), GOLDEN.resolve("explain").resolve(id + "." + extension));
        }
      }
    }
  }

  @Nested
  final class EverythingNamed {

    @Test
    void explain_everyBundledFramework_namesEveryDomainIndicatorCategoryAndRule() {
      for (String id : BundledFrameworks.ids()) {
        FrameworkConfiguration configuration = BundledFrameworks.load(id);
        for (String format : List.of("text", "markdown", "html")) {
          String out = Cli.run("explain", id, "--format", format).out();
          String plain = format.equals("markdown") ? out.replace("\\", "") : out;
          for (String named : ids(configuration)) {
            assertThat(plain).as(id + " " + format).contains(named);
          }
          for (EscalationCategory category : configuration.framework().escalationCategories()) {
            assertThat(plain).as(id + " " + format).contains("Category " + category.level() + ": ");
          }
        }
      }
    }

    @Test
    void explain_dudley_saysCategoryTwoFollowUpAndSamplingInWords() {
      String out = Cli.run("explain", "dudley").out();
      assertThat(out)
          .contains("* Category 2: Inadequate with action required\n")
          .contains("  Follow-up check within 10 working days, England and Wales bank holidays.\n")
          .contains(
              "10% of open cases, rounded up, in proportion to each team, at least 10% of each team's,"
                  + " rounded up.")
          .contains("At least 2 assisted audits a year each; only assisted audits count.")
          .contains("inadequate_grade = Inadequate (grade giving category 2; default Inadequate)");
    }
  }

  @Nested
  final class Output {

    @Test
    void explain_json_oneDocumentWithSections() {
      Cli.Result result = Cli.run("explain", "camden", "--format", "json");
      assertThat(result.exitCode()).isZero();
      JsonNode json = result.json();
      assertThat(json.get("framework").asString()).isEqualTo("camden");
      List<String> sections = new ArrayList<>();
      json.get("sections").forEach(s -> sections.add(s.get("id").asString()));
      assertThat(sections)
          .containsSubsequence(
              "about",
              "grades",
              "domains",
              "audit-types",
              "escalation-categories",
              "sampling-plans",
              "quotas",
              "moderation",
              "rules")
          .last()
          .isEqualTo("rules");
      assertThat(json.get("sections").get(0).get("paragraphs").get(0).asString())
          .isEqualTo("Framework camden, version 2021-22.");
    }

    @Test
    void explain_formatInAnyCase_accepted() {
      assertThat(Cli.run("explain", "dorset", "--format", "MARKDOWN").out()).startsWith("# Dorset");
    }

    @Test
    void explain_unknownFormat_usageErrorListingFormats() {
      Cli.Result result = Cli.run("explain", "dorset", "--format", "pdf");
      assertThat(result.exitCode()).isEqualTo(AuditCommand.USAGE);
      assertThat(result.err()).contains("'pdf'").contains("[text, markdown, html, json]");
    }

    @Test
    void explain_unknownFramework_exit1WithSuggestion() {
      Cli.Result result = Cli.run("explain", "dudly");
      assertThat(result.exitCode()).isEqualTo(AuditCommand.INVALID);
      assertThat(result.err()).contains("unknown framework 'dudly'").contains("dudley");
    }

    @Test
    void explain_file_sameAsBundled() {
      assertThat(Cli.run("explain", Cli.resource("framework.yaml")).out())
          .startsWith("Hillingdon management case file audit");
    }

    @Test
    void explain_out_writesTheFileAndNothingElse(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("dudley.html");
      Cli.Result result =
          Cli.run("explain", "dudley", "--format", "html", "--out", file.toString());
      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).isEqualTo("wrote " + file + System.lineSeparator());
      assertThat(Files.readString(file))
          .isEqualTo(Cli.run("explain", "dudley", "--format", "html").out());
      try (var listing = Files.list(folder)) {
        assertThat(listing).containsExactly(file);
      }
    }
  }
}
