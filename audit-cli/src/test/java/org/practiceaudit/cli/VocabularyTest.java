package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.json.bundled.BundledFrameworks;

/** Issue 16 item 4: known vocabularies of case categories and roles. */
final class VocabularyTest {

  static final String HEADER = "case_id,category,team,worker,opened_on,closed_on,last_audited_on\n";

  @TempDir Path dir;

  private String cases(String category) throws IOException {
    Path path = dir.resolve("cases.csv");
    Files.writeString(
        path,
        HEADER + "SYN-1," + category + ",North,,2025-01-01,,\n" + "SYN-2,CP,North,,2025-01-01,,\n");
    return path.toString();
  }

  @Test
  void knownVocabularies_misspeltCategory_errorWithSuggestion() throws IOException {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            cases("child-protecton"),
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains(
            "line 2, column 2 (category): 'child-protecton' is not a known case"
                + " category; did you mean 'child-protection'? (or give --allow-new-categories)");
  }

  @Test
  void knownVocabularies_nameAsCategory_errorWithoutTheName() throws IOException {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            cases("Jane Smith"),
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains("a value that is not a known case category; expected one of" + " [child-in-need,")
        .doesNotContain("Jane", "Smith", "jane");
  }

  @Test
  void knownVocabularies_allowNewCategories_acceptedWithAWarningListingThem() throws IOException {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            cases("youth-justice"),
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "2",
            "--allow-new-categories");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .isEqualTo(
            "warning: accepted 1 new case category (--allow-new-categories):"
                + " youth-justice"
                + System.lineSeparator());
    assertThat(result.out()).contains("SYN-1");
  }

  @Test
  void knownVocabularies_nameAsRole_errorWithSuggestionList() throws IOException {
    Path auditors = dir.resolve("auditors.csv");
    Files.writeString(
        auditors,
        "auditor_id,role,team,capacity\nSYN-A1,Smith,East,2\n" + "SYN-A2,team-manger,East,2\n");
    InputProblems problems = new InputProblems();

    AuditorsCsv.read(auditors.toString(), Vocabulary.strict(), problems);

    assertThat(problems.lines()).hasSize(2);
    assertThat(problems.lines().get(0))
        .contains(
            "line 2, column 2 (role): a value that is not a known" + " role; expected one of [")
        .doesNotContain("Smith");
    assertThat(problems.lines().get(1))
        .contains(
            "line 3, column 2 (role): 'team-manger' is not a known"
                + " role; did you mean 'team-manager'? (or give --allow-new-roles)");
  }

  @Test
  void knownVocabularies_abbreviations_stillAccepted() throws IOException {
    InputProblems problems = new InputProblems();

    CasesCsv.read(cases("LAC"), InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

    assertThat(problems.hasProblems()).isFalse();
  }

  /**
   * A copy of the bundled Camden framework that declares a local category and a local role
   * (synthetic).
   */
  private String declaringFramework() throws IOException {
    Path path = dir.resolve("framework.json");
    Files.writeString(
        path,
        BundledFrameworks.text("camden")
            .replace(
                "\"sampling_plans\": [",
                "\"local_categories\": [\"youth-justice\"], \"local_roles\": [\"practice-lead\"],\n  \"sampling_plans\": ["));
    return path.toString();
  }

  @Test
  void knownVocabularies_categoryTheFrameworkDeclares_acceptedWithoutWarning() throws IOException {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            cases("youth-justice"),
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--framework",
            declaringFramework(),
            "--plan",
            "multi-agency");

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("SYN-1");
  }

  @Test
  void knownVocabularies_nearMissOfADeclaredCategory_errorSuggestingIt() throws IOException {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            cases("youth-justise"),
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--framework",
            declaringFramework(),
            "--plan",
            "multi-agency");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains(
            "line 2, column 2 (category): 'youth-justise' is not a known case"
                + " category; did you mean 'youth-justice'? (or give --allow-new-categories)");
  }

  @Test
  void knownVocabularies_declaredCategoryWithoutTheFramework_stillAnError() throws IOException {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            cases("youth-justice"),
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("'youth-justice' is not a known case category");
  }

  @Test
  void knownVocabularies_allocateWithAFrameworkDeclaringTheRole_accepted() throws IOException {
    Path auditors = dir.resolve("auditors.csv");
    Files.writeString(auditors, "auditor_id,role,team,capacity\nSYN-A1,practice-lead,East,2\n");

    Cli.Result declared =
        Cli.run(
            "allocate",
            "--cases",
            cases("child-in-need"),
            "--auditors",
            auditors.toString(),
            "--framework",
            declaringFramework());
    Cli.Result bundled =
        Cli.run(
            "allocate",
            "--cases",
            cases("child-in-need"),
            "--auditors",
            auditors.toString(),
            "--framework",
            "camden");
    Files.writeString(auditors, "auditor_id,role,team,capacity\nSYN-A1,practice-leed,East,2\n");
    Cli.Result nearMiss =
        Cli.run(
            "allocate",
            "--cases",
            cases("child-in-need"),
            "--auditors",
            auditors.toString(),
            "--framework",
            declaringFramework());

    assertThat(declared.err()).isEmpty();
    assertThat(declared.exitCode()).isZero();
    assertThat(declared.out()).contains("allocated 2 of 2 cases");
    assertThat(bundled.exitCode()).isEqualTo(1);
    assertThat(bundled.err()).contains("(role): 'practice-lead' is not a known role");
    assertThat(nearMiss.exitCode()).isEqualTo(1);
    assertThat(nearMiss.err())
        .contains("'practice-leed' is not a known role; did you mean 'practice-lead'?");
  }
}
