package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16 item 3: a quoting policy in one place; no planted name reaches standard output or error.
 */
final class CellsTest {

  /** Synthetic names planted in cells; none may be printed. */
  static final List<String> NAMES =
      List.of(
          "Smith",
          "Jane Smith",
          "Mary O'Doe",
          "Tom \"North\" Lee",
          "Ann\nBell",
          "Khan\u0007",
          "Priya Khan, 3 Mill Lane");

  /** The words of the planted names that must not appear. */
  static final List<String> WORDS =
      List.of(
          "Smith", "Jane", "Mary", "Doe", "Tom", "Lee", "Ann", "Bell", "Khan", "Priya", "Mill",
          "Lane");

  static final String CASES =
      "case_id,category,team,worker,opened_on,closed_on,last_audited_on\n"
          + "SYN-1,CIN,North,SYN-W1,2025-01-01,,2025-06-01\n"
          + "SYN-2,CP,South,SYN-W2,2025-01-01,,\n";
  static final String AUDITORS =
      "auditor_id,role,team,capacity\nSYN-A1,team-manager,East,2\n" + "SYN-A2,SM,West,2\n";
  static final String INVOLVEMENTS =
      "case_id,person_id,role,from,to\n" + "SYN-1,SYN-W1,social-worker,2025-01-01,2025-12-31\n";
  static final String AUDITS =
      "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,"
          + "escalation_category,score.assessment\n"
          + "SYN-X1,SYN-1,SYN-A1,case-file,2026-11-02,2026-11-06,Good,4,3\n";

  @TempDir Path dir;

  /** Replaces the cell of one column in the first data row. */
  static String plant(String csv, int column, String name) {
    String[] lines = csv.split("\n", -1);
    String[] cells = lines[1].split(",", -1);
    cells[column] = "\"" + name.replace("\"", "\"\"") + "\"";
    lines[1] = String.join(",", cells);
    return String.join("\n", lines);
  }

  static Stream<Arguments> plantings() {
    List<Arguments> all = new ArrayList<>();
    add(all, "cases", CASES);
    add(all, "auditors", AUDITORS);
    add(all, "involvements", INVOLVEMENTS);
    add(all, "audits", AUDITS);
    return all.stream();
  }

  /**
   * Plants every name in every column, except a one-word name in an id column: an id of that shape
   * is a valid pseudonymous id, which the output names by design.
   */
  private static void add(List<Arguments> all, String kind, String csv) {
    String[] header = csv.substring(0, csv.indexOf('\n')).split(",");
    for (int c = 0; c < header.length; c++) {
      boolean idColumn = header[c].endsWith("_id") || header[c].equals("worker");
      for (String name : NAMES) {
        if (!(idColumn && Cells.ID.matcher(name.strip()).matches())) {
          all.add(Arguments.of(kind, c, name));
        }
      }
    }
  }

  private String write(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path.toString();
  }

  @ParameterizedTest(name = "{0} column {1}: {2}")
  @MethodSource("plantings")
  void aQuotingPolicyInOnePlace_nameInAnyColumnOfAnyFile_neverPrinted(
      String kind, int column, String name) throws IOException {
    Function<String, String> in = csv -> kind.equals(kindOf(csv)) ? plant(csv, column, name) : csv;
    String cases = write("cases.csv", in.apply(CASES));
    String auditors = write("auditors.csv", in.apply(AUDITORS));
    String involvements = write("involvements.csv", in.apply(INVOLVEMENTS));
    String audits = write("audits.csv", in.apply(AUDITS));

    List<Cli.Result> results =
        List.of(
            Cli.run(
                "sample",
                "--cases",
                cases,
                "--as-of",
                "2026-11-02",
                "--seed",
                "1",
                "--size",
                "2",
                "--stratify",
                "category"),
            Cli.run(
                "sample",
                "--cases",
                cases,
                "--as-of",
                "2026-11-02",
                "--seed",
                "1",
                "--size",
                "2",
                "--json"),
            Cli.run(
                "allocate",
                "--cases",
                cases,
                "--auditors",
                auditors,
                "--involvements",
                involvements),
            Cli.run(
                "allocate",
                "--cases",
                cases,
                "--auditors",
                auditors,
                "--involvements",
                involvements,
                "--json"),
            Cli.run("report", "--framework", "dudley", "--audits", audits),
            Cli.run("report", "--framework", "dudley", "--audits", audits, "--json"));

    for (Cli.Result result : results) {
      assertThat(result.out() + result.err()).doesNotContain(WORDS);
      assertThat(result.err()).doesNotContain("Exception", "\tat ");
    }
  }

  private static String kindOf(String csv) {
    return csv == CASES
        ? "cases"
        : csv == AUDITORS ? "auditors" : csv == INVOLVEMENTS ? "involvements" : "audits";
  }

  @Nested
  final class Redact {

    @Test
    void redact_codesDatesAndPropertyNames_kept() {
      assertThat(Cells.redact("unknown property 'colour' in audit; expected 'case_id'"))
          .isEqualTo("unknown property 'colour' in audit; expected 'case_id'");
      assertThat(
              Cells.redact(
                  "'completed_on' in audit must be an ISO date such as 2026-03-30: '2026-13-01'"))
          .isEqualTo(
              "'completed_on' in audit must be an ISO date such as 2026-03-30: '2026-13-01'");
    }

    @Test
    void redact_freeTextOrNames_replaced() {
      assertThat(Cells.redact("unknown value 'Jane Smith'; expected one of [open, done]"))
          .isEqualTo("unknown value a value; expected one of [open, done]");
      assertThat(Cells.redact("Unrecognized token 'Khan': was expecting a value"))
          .doesNotContain("Khan");
    }

    @Test
    void redact_controlCharacters_becomeSpaces() {
      assertThat(Cells.redact("bad\nline")).isEqualTo("bad line");
    }
  }

  @Nested
  final class Describe {

    @Test
    void describe_dateShaped_quoted() {
      assertThat(Cells.describe("2024-13-11", Cells.DATE)).isEqualTo("'2024-13-11' is not a date");
    }

    @Test
    void describe_wordInADateColumn_described() {
      assertThat(Cells.describe("Khan", Cells.DATE)).isEqualTo("a value that is not a date");
    }

    @Test
    void describe_lineBreak_saysSoWithoutTheText() {
      assertThat(Cells.describe("North\nJane", Cells.TEAM_NAME))
          .isEqualTo("a value with a line break or control character, which is not a team's name");
    }

    @Test
    void describe_lowerCaseCodeInACategoryColumn_quoted() {
      assertThat(Cells.describe("child-protecton", Cells.CATEGORY))
          .isEqualTo("'child-protecton' is not a known case category");
    }
  }

  @Test
  void sample_teamWithQuotesOrLineBreak_rejectedAndNotPrinted() throws IOException {
    String cases = write("cases.csv", plant(CASES, 2, "Assessment \"North\" Jane"));

    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            cases,
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "1",
            "--stratify",
            "team");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains("line 2, column 3 (team): a value that is not a team's name")
        .doesNotContain("Jane", "North");
  }
}
