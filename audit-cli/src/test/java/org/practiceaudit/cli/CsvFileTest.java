package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 items 1 (every problem in one pass) and 2 (one header check), on the readers. */
final class CsvFileTest {

  static final String HEADER = "case_id,category,team,worker,opened_on,closed_on,last_audited_on\n";

  @TempDir Path dir;

  private String file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path.toString();
  }

  private static List<String> problems(InputProblems problems) {
    return problems.lines();
  }

  @Nested
  final class FindEveryProblemInOnePass {

    @Test
    void read_shortRowBeforeBadDate_bothReported() throws IOException {
      String cases =
          file(
              "cases.csv",
              HEADER
                  + "SYN-1,CIN,North,,2026-01-01,,\n"
                  + "SYN-2,CIN,North\n"
                  + "SYN-3,CIN,North,,2026-13-01,,\n");
      InputProblems problems = new InputProblems();

      CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(problems(problems))
          .containsExactly(
              cases
                  + ": line 3: expected 7 cells as in the header, found 3; this row was not checked further",
              cases
                  + ": line 4, column 5 (opened_on): '2026-13-01' is not a date; expected an ISO date"
                  + " such as 2026-03-31");
    }

    @Test
    void read_whitespaceOnlyLine_skippedAndOtherErrorsReported() throws IOException {
      String cases =
          file("cases.csv", HEADER + "   \n" + " , , ,,,,\n" + "SYN-3,CIN,North,,2026-13-01,,\n");
      InputProblems problems = new InputProblems();

      CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(problems(problems))
          .singleElement()
          .asString()
          .startsWith(cases + ": line 4, column 5 (opened_on):");
    }

    @Test
    void allocate_threeBadFiles_everyFileReportedInTheOrderGiven() throws IOException {
      String involvements =
          file(
              "involvements.csv",
              "case_id,person_id,role,from,to\n"
                  + "SYN-1,SYN-W1,team-manager,2026-01-01,2025-01-01\n");
      String cases = file("cases.csv", HEADER + "SYN-1,CIN,North,,2026-02-30,,\n");
      String auditors = file("auditors.csv", "auditor_id,role,team,capacity\nSYN-A1,TM,South,-4\n");

      Cli.Result result =
          Cli.run(
              "allocate", "--cases", cases, "--auditors", auditors, "--involvements", involvements);

      assertThat(result.exitCode()).isEqualTo(1);
      List<String> lines = result.err().lines().toList();
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0))
          .startsWith(involvements + ": line 2, column 5 (to): ends on 2025-01-01");
      assertThat(lines.get(1)).startsWith(cases + ": line 2, column 5 (opened_on): '2026-02-30'");
      assertThat(lines.get(2)).startsWith(auditors + ": line 2, column 4 (capacity): '-4'");
    }

    @Test
    void read_everyProblemOfARow_orderedByColumn() throws IOException {
      String cases = file("cases.csv", HEADER + "bad id!,zzz-unknown,North,,x,y,z\n");
      InputProblems problems = new InputProblems();

      CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(problems(problems))
          .extracting(l -> l.substring(cases.length() + 2, l.indexOf(')') + 1))
          .containsExactly(
              "line 2, column 1 (case_id)",
              "line 2, column 2 (category)",
              "line 2, column 5 (opened_on)",
              "line 2, column 6 (closed_on)",
              "line 2, column 7 (last_audited_on)");
    }

    @Test
    void read_hundredThousandBadRows_hundredListedThenTheCountPerKind() throws IOException {
      StringBuilder text = new StringBuilder(HEADER);
      for (int i = 0; i < 100_000; i++) {
        text.append("SYN-").append(i).append(",CIN,North,,opened,,\n");
      }
      String cases = file("cases.csv", text.toString());
      InputProblems problems = new InputProblems();

      CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      List<String> lines = problems(problems);
      assertThat(lines).hasSize(101);
      assertThat(lines.get(99)).startsWith(cases + ": line 101, column 5 (opened_on)");
      assertThat(lines.get(100))
          .isEqualTo("… and 99,900 more: 99,900 bad dates in column opened_on");
    }
  }

  @Nested
  final class OneHeaderCheck {

    @Test
    void read_duplicateColumnName_reportedOnceOnLine1WithItsColumn() throws IOException {
      String cases =
          file(
              "cases.csv",
              "case_id,category,team,worker,opened_on,closed_on,"
                  + "last_audited_on,case_id\nSYN-1,CIN,North,,2026-01-01,,,x\nSYN-2,CIN,North,,2026-01-01,,,y\n");
      InputProblems problems = new InputProblems();

      CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(problems(problems))
          .containsExactly(
              cases
                  + ": line 1, column 8: column name 'case_id'"
                  + " again (first in column 1); each column name must appear once");
    }

    @Test
    void read_blankColumnName_reportedWithItsColumn() throws IOException {
      String cases =
          file(
              "cases.csv",
              "case_id,category,,team,worker,opened_on,closed_on,"
                  + "last_audited_on\nSYN-1,CIN,,North,,2026-01-01,,\n");
      InputProblems problems = new InputProblems();

      CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(problems(problems))
          .containsExactly(cases + ": line 1, column 3: blank column name; every column needs one");
    }

    @Test
    void read_nearMissColumnName_suggestsTheMissingColumn() throws IOException {
      String cases =
          file(
              "cases.csv",
              "case_id,category,team,worker,opend_on,closed_on,"
                  + "last_audited_on\nSYN-1,CIN,North,,2026-01-01,,\n");
      InputProblems problems = new InputProblems();

      CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(problems(problems))
          .containsExactly(
              cases
                  + ": line 1, column 5: unknown column name 'opend_on'; did you mean 'opened_on'?");
    }

    @Test
    void read_columnNameWithASpace_describedWithItsColumnNumber() throws IOException {
      String cases =
          file(
              "cases.csv",
              HEADER.strip() + ",Child Name\nSYN-1,CIN,North,,2026-01-01,,," + "Jane Smith\n");
      InputProblems problems = new InputProblems();

      CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(problems(problems))
          .singleElement()
          .asString()
          .startsWith(cases + ": line 1, column 8: unknown column name a column name;")
          .doesNotContain("Child");
    }

    @Test
    void read_noHeader_saysSo() throws IOException {
      String cases = file("cases.csv", "SYN-1,CIN,North,,2026-01-01,,\n");
      InputProblems problems = new InputProblems();

      CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(problems(problems))
          .last()
          .asString()
          .isEqualTo(
              cases
                  + ": line 1: this is not a cases"
                  + " header; a cases file starts with the header case_id,category,team,worker,opened_on,"
                  + "closed_on,last_audited_on");
    }

    @Test
    void read_headerOnly_warns() throws IOException {
      String auditors = file("auditors.csv", "auditor_id,role,team,capacity\n");
      InputProblems problems = new InputProblems();

      AuditorsCsv.read(auditors, Vocabulary.strict(), problems);

      assertThat(problems.hasProblems()).isFalse();
      assertThat(problems.warnings())
          .containsExactly(auditors + ": has a header but no rows, so there are no auditors in it");
    }
  }

  @Nested
  final class Streaming {

    @Test
    void read_badByteAfterBadRows_onlyTheByteReported() throws IOException {
      StringBuilder text = new StringBuilder(HEADER);
      for (int i = 0; i < 3000; i++) {
        text.append("SYN-").append(i).append(",CIN,North,,2026-13-01,,\n");
      }
      Path path = dir.resolve("cases.csv");
      byte[] rows = text.toString().getBytes(StandardCharsets.UTF_8);
      byte[] bytes = java.util.Arrays.copyOf(rows, rows.length + 4);
      bytes[rows.length] = 'S';
      bytes[rows.length + 1] = (byte) 0xFF;
      bytes[rows.length + 2] = ',';
      bytes[rows.length + 3] = '\n';
      Files.write(path, bytes);
      InputProblems problems = new InputProblems();

      List<?> cases =
          CasesCsv.read(
              path.toString(), InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(cases).isEmpty();
      assertThat(problems(problems))
          .singleElement()
          .asString()
          .startsWith(path + ": line 3002, column 2: a character that is not UTF-8");
    }

    @Test
    void read_unclosedQuoteAtTheEnd_reportedOnItsLine() throws IOException {
      String cases = file("cases.csv", HEADER + "SYN-1,CIN,North,,2026-01-01,,\n\"SYN-2,CIN\n");
      InputProblems problems = new InputProblems();

      CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(problems(problems))
          .singleElement()
          .asString()
          .startsWith(cases + ": line 3: malformed CSV: a quote that is not closed");
    }

    @Test
    void read_quotesClosedOrInsideCells_readAsCells() throws IOException {
      String cases =
          file(
              "cases.csv",
              HEADER
                  + "\"SYN-1\",CIN,\"North\",,2026-01-01,,\n"
                  + "SYN-2,CIN,North,,2026-01-01,,\n");
      InputProblems problems = new InputProblems();

      List<?> read =
          CasesCsv.read(cases, InvolvementsCsv.Involvements.none(), Vocabulary.strict(), problems);

      assertThat(problems(problems)).isEmpty();
      assertThat(read).hasSize(2);
    }

    @Test
    void read_rows_handedOnInOrderWithTheirLines() throws IOException {
      String cases =
          file(
              "cases.csv",
              HEADER
                  + "\nSYN-1,CIN,North,,2026-01-01,,\r\n\r\n"
                  + "SYN-2,CIN,\"North\nEast\",,2026-01-01,,\nSYN-3,CIN,North\n");
      InputProblems problems = new InputProblems();
      List<String> seen = new java.util.ArrayList<>();

      CsvFile.read(
          cases,
          "cases",
          CasesCsv.COLUMNS,
          h -> false,
          problems,
          Progress.none(),
          row -> seen.add(row.line() + ":" + row.cell(row.file().index("case_id"))));

      assertThat(seen).containsExactly("3:SYN-1", "5:SYN-2");
      assertThat(problems(problems))
          .singleElement()
          .asString()
          .startsWith(cases + ": line 7: expected 7 cells");
    }
  }
}
