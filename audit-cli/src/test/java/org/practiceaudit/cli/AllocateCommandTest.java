package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class AllocateCommandTest {

  private static final String CASES = Cli.resource("cases.csv");
  private static final String AUDITORS = Cli.resource("auditors.csv");
  private static final String INVOLVEMENTS = Cli.resource("involvements.csv");

  @Test
  void allocate_json_assignmentsIndependentAndUnallocatedWithReasons() {
    Cli.Result result =
        Cli.run(
            "allocate",
            "--cases",
            CASES,
            "--auditors",
            AUDITORS,
            "--involvements",
            INVOLVEMENTS,
            "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .isEqualTo(
            "warning: left out 1 closed case (with a closed_on date): SYN-0008"
                + System.lineSeparator());
    JsonNode json = result.json();
    List<String> pairs = new ArrayList<>();
    json.get("assignments")
        .forEach(
            a -> pairs.add(a.get("case_id").asString() + "=" + a.get("auditor_id").asString()));
    // Capacity is 7 in all; SYN-0001 and SYN-0002 are Assessment North cases with SYN-TM01
    // involved.
    assertThat(pairs).hasSize(7).doesNotContain("SYN-0001=SYN-TM01", "SYN-0002=SYN-TM01");
    assertThat(json.get("unallocated")).hasSize(4);
    JsonNode first = json.get("unallocated").get(0);
    assertThat(first.get("case_id").asString()).startsWith("SYN-");
    assertThat(first.get("reason").asString()).isEqualTo("all-at-capacity");
  }

  @Test
  void allocate_out_caseAndAuditorPerAllocatedCase(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path out = dir.resolve("allocation.csv");
    Cli.Result result =
        Cli.run(
            "allocate",
            "--cases",
            CASES,
            "--auditors",
            AUDITORS,
            "--involvements",
            INVOLVEMENTS,
            "--out",
            out.toString());
    JsonNode json =
        Cli.run(
                "allocate",
                "--cases",
                CASES,
                "--auditors",
                AUDITORS,
                "--involvements",
                INVOLVEMENTS,
                "--json")
            .json();

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).endsWith("wrote " + out + System.lineSeparator());
    List<String> expected = new ArrayList<>(List.of("case_id,auditor_id"));
    json.get("assignments")
        .forEach(
            a -> expected.add(a.get("case_id").asString() + "," + a.get("auditor_id").asString()));
    assertThat(java.nio.file.Files.readAllLines(out)).hasSize(8).isEqualTo(expected);
  }

  /**
   * The command prints the interchange Allocation unchanged: AuditJson reads it and writes it back
   * the same.
   */
  @Test
  void allocate_json_isTheInterchangeForm() {
    Cli.Result result =
        Cli.run(
            "allocate",
            "--cases",
            CASES,
            "--auditors",
            AUDITORS,
            "--involvements",
            INVOLVEMENTS,
            "--json");

    JsonNode json = result.json();
    org.practiceaudit.core.allocation.Allocation read =
        org.practiceaudit.json.AuditJson.mapper()
            .treeToValue(json, org.practiceaudit.core.allocation.Allocation.class);
    assertThat(read.assignments()).hasSize(7);
    assertThat(org.practiceaudit.json.AuditJson.mapper().writeValueAsString(read))
        .isEqualTo(org.practiceaudit.json.AuditJson.mapper().writeValueAsString(json));
  }

  @Test
  void allocate_text_summaryLine() {
    Cli.Result result = Cli.run("allocate", "--cases", CASES, "--auditors", AUDITORS);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("allocated 7 of 11 cases");
  }

  @Test
  void allocate_badAuditorRows_exit1EveryRowNothingOnStdout() {
    Cli.Result result =
        Cli.run(
            "allocate", "--cases", CASES, "--auditors", Cli.resource("auditors-bad.csv"), "--json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).hasSize(4);
    assertThat(result.err().lines().skip(1))
        .allSatisfy(line -> assertThat(line).contains("auditors-bad.csv: line "));
  }

  @Test
  void allocate_badCaseRows_exit1WithLineNumbers() {
    Cli.Result result =
        Cli.run("allocate", "--cases", Cli.resource("cases-bad.csv"), "--auditors", AUDITORS);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(5);
    assertThat(result.err())
        .contains("line 3, column 3 (category)", "line 7, column 1 (team)")
        .doesNotContain("Doe");
  }

  @Test
  void allocate_missingAuditors_usageError2() {
    Cli.Result result = Cli.run("allocate", "--cases", CASES);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required option: '--auditors=FILE.csv'");
  }
}
