package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

final class DemoCommandTest {

  @TempDir Path dir;

  @Test
  void demo_defaultSeed_goldenSummary() {
    Cli.Result result = Cli.run("demo", "--out", dir.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out().replace(dir.toString(), "DIR").lines())
        .containsExactly(
            "SYNTHETIC demonstration (no real data), seed 20261102, month starting 2026-11-02",
            "caseload: 2000 open cases in 10 teams, 120 social workers, 6584 involvements",
            "  by category: {care-leaver=150, child-in-need=544, child-protection=536,"
                + " disabled-children=120, early-help=150, looked-after=500}",
            "auditors: 28 in 6 roles {advanced-practitioner=6, chief-officer=2, head-of-service=3,"
                + " service-manager=6, strategic-director=1, team-manager=10}",
            "wrote DIR/cases.csv, DIR/involvements.csv, DIR/auditors.csv",
            "sample: 25 of 1673 eligible cases, stratified-fisher-yates-lcg48/1, seed 20261102",
            "allocation: 25 of 25 cases allocated to 19 auditors, 0 unallocated",
            "audits (SYNTHETIC, framework dudley 2017-08): 21 completed, 4 in progress, 5 moderated",
            "  grades: {Outstanding=3, Good=9, Requires Improvement=6, Inadequate=3}",
            "  escalations by category: {2=4, 3=7}",
            "  recommended actions: 20, 6 still open",
            "rule outcomes:",
            "  dudley/escalation-category           PASS 21",
            "  dudley/moderation-share              PASS 1",
            "  %-36s PASS 5, NOT_APPLICABLE 16".formatted("dudley/moderation-shared"),
            "  dudley/overall-judgement             PASS 21",
            "  %-36s PASS 21".formatted("dudley/pen-picture"),
            "  dudley/recommendation-follow-up      PASS 10, FAIL 1, NOT_APPLICABLE 10",
            "wrote DIR/audits.csv, DIR/audits.jsonl",
            "wrote DIR/report.html, DIR/report.json");
  }

  @Test
  void demo_report_writtenAndLabelledSynthetic() throws IOException {
    Cli.Result result = Cli.run("demo", "--out", dir.toString(), "--seed", "7");

    assertThat(result.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("report.json")));
    assertThat(json.get("synthetic").asBoolean()).isTrue();
    assertThat(json.get("seed").asLong()).isEqualTo(7L);
    assertThat(json.get("audits").asInt()).isEqualTo(25);
    assertThat(json.get("domains")).hasSize(6);
    assertThat(Files.readString(dir.resolve("report.html"))).contains("SYNTHETIC demonstration");
  }

  @Test
  void demo_sameSeed_sameFilesAndTheyReadBack() throws IOException {
    Path other = Files.createDirectory(dir.resolve("again"));
    Cli.run("demo", "--out", dir.toString(), "--seed", "7");
    Cli.run("demo", "--out", other.toString(), "--seed", "7");

    for (String name :
        new String[] {
          "cases.csv",
          "involvements.csv",
          "auditors.csv",
          "audits.csv",
          "audits.jsonl",
          "report.json",
          "report.html"
        }) {
      assertThat(Files.readString(other.resolve(name)))
          .isEqualTo(Files.readString(dir.resolve(name)));
    }
    assertThat(
            CasesCsv.read(
                dir.resolve("cases.csv"), InvolvementsCsv.read(dir.resolve("involvements.csv"))))
        .hasSize(2000);
    assertThat(AuditorsCsv.read(dir.resolve("auditors.csv"))).hasSize(28);
  }
}
