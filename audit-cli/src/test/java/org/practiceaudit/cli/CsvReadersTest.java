package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.Role;

final class CsvReadersTest {

  private static Path path(String name) {
    return Path.of(Cli.resource(name));
  }

  @Nested
  final class Cases {

    @Test
    void read_validFile_everyRowWithAttributesAndInvolvements() {
      List<CaseFile> cases =
          CasesCsv.read(path("cases.csv"), InvolvementsCsv.read(path("involvements.csv")));

      assertThat(cases).hasSize(12);
      CaseFile first = cases.get(0);
      assertThat(first.id()).isEqualTo(CaseId.of("SYN-0001"));
      assertThat(first.category()).isEqualTo(CaseCategory.CHILD_IN_NEED);
      assertThat(first.attributes())
          .containsEntry("age_band", "0-4")
          .containsEntry("source", "synthetic");
      assertThat(first.involvements()).hasSize(2);
      assertThat(cases.get(6).allocatedWorker()).isEmpty();
      assertThat(cases.get(7).closedOn()).isPresent();
    }

    @Test
    void read_badRows_everyProblemWithLineAndColumnAndNoFreeText() {
      InputException e =
          catchThrowableOfType(
              InputException.class,
              () -> CasesCsv.read(path("cases-bad.csv"), InvolvementsCsv.Involvements.none()));

      String file = path("cases-bad.csv").toString();
      assertThat(e.problems())
          .containsExactly(
              file
                  + ": line 3, column 3 (category): a value that is not a known case category; expected"
                  + " a case category such as child-in-need, child-protection, looked-after or CIN, CP, LAC",
              file
                  + ": line 4, column 5 (opened_on): '2024-13-11' is not a date; expected an ISO date such"
                  + " as 2026-03-31",
              file + ": line 6, column 2 (case_id): duplicate case id 'SYN-0001', first on line 2",
              file
                  + ": line 6, column 6 (closed_on): closed on 2023-01-01 before it opened on 2023-11-20",
              file
                  + ": line 7, column 1 (team): missing value; expected the team's name: letters, digits,"
                  + " spaces and & ' ( ) , . / -");
      assertThat(String.join("\n", e.problems())).doesNotContain("Jane");
    }

    @Test
    void read_missingColumn_namesIt() {
      InputException e =
          catchThrowableOfType(
              InputException.class,
              () -> CasesCsv.read(path("auditors.csv"), InvolvementsCsv.Involvements.none()));

      assertThat(e.problems())
          .singleElement()
          .asString()
          .contains(
              "line 1: missing columns case_id, category, worker, opened_on, closed_on,"
                  + " last_audited_on");
    }

    /** An involvements file of the whole caseload goes with a sample of it (issue 18 item 6). */
    @Test
    void read_involvementsOfSomeOtherCases_leftOutWithOneWarning() {
      InputProblems problems = new InputProblems();
      List<CaseFile> cases =
          CasesCsv.read(
              path("cases.csv").toString(),
              new InvolvementsCsv.Involvements(
                  "inv.csv",
                  java.util.Map.of(
                      CaseId.of("SYN-0001"), List.of(), CaseId.of("SYN-9999"), List.of()),
                  java.util.Map.of(CaseId.of("SYN-0001"), 2L, CaseId.of("SYN-9999"), 7L)),
              Vocabulary.strict(),
              problems);

      assertThat(problems.hasProblems()).isFalse();
      assertThat(cases).isNotEmpty();
      assertThat(problems.warnings())
          .containsExactly(
              "inv.csv: left out the involvements of 1 case not in "
                  + path("cases.csv")
                  + " (SYN-9999), as when the cases are a sample of the caseload the"
                  + " involvements cover");
    }

    @Test
    void read_involvementsOfUnknownCasesOnly_warningNotAnError() {
      InputProblems problems = new InputProblems();
      CasesCsv.read(
          path("cases.csv").toString(),
          new InvolvementsCsv.Involvements(
              "inv.csv",
              java.util.Map.of(CaseId.of("SYN-9999"), List.of()),
              java.util.Map.of(CaseId.of("SYN-9999"), 7L)),
          Vocabulary.strict(),
          problems);

      assertThat(problems.hasProblems()).isFalse();
      assertThat(problems.warnings())
          .singleElement()
          .asString()
          .startsWith("inv.csv: left out the involvements of 1 case not in ");
    }
  }

  @Nested
  final class Auditors {

    @Test
    void read_validFile_rolesParsedFromAbbreviations() {
      List<AuditorsCsv.AuditorRow> auditors = AuditorsCsv.read(path("auditors.csv"));

      assertThat(auditors)
          .extracting(AuditorsCsv.AuditorRow::role)
          .containsExactly(
              Role.TEAM_MANAGER,
              Role.ADVANCED_PRACTITIONER,
              Role.SERVICE_MANAGER,
              Role.HEAD_OF_SERVICE);
      assertThat(auditors.get(0).capacity()).isEqualTo(2);
    }

    @Test
    void read_badRows_everyProblem() {
      InputException e =
          catchThrowableOfType(
              InputException.class, () -> AuditorsCsv.read(path("auditors-bad.csv")));

      assertThat(e.problems()).hasSize(3);
      assertThat(e.problems().get(0))
          .contains(
              "line 2, column 1 (capacity): a value that is not a whole"
                  + " number; expected a whole number of audits from 0 to 1000");
      assertThat(e.problems().get(1))
          .contains("line 3, column 1 (capacity): '-1' is not a whole number");
      assertThat(e.problems().get(2))
          .contains("line 4, column 2 (auditor_id): duplicate auditor id");
    }
  }

  @Test
  void read_missingFile_oneLine() {
    InputException e =
        catchThrowableOfType(
            InputException.class, () -> AuditorsCsv.read(Path.of("no-such-file.csv")));

    assertThat(e.problems()).containsExactly("no-such-file.csv: does not exist");
  }
}
