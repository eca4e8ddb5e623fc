package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.json.AuditJson;
import org.practiceaudit.rules.Outcome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command line's side of the guard of issue #12, item 5: every {@code --json} output of an
 * audit-core type is that type's one JSON form, audit-json's interchange form, unchanged; a command
 * adds only its documented context fields ({@code framework}, {@code framework_version}, {@code
 * html}; the demo's {@code synthetic} and {@code seed}). A form that is read back ({@code Sample},
 * {@code Allocation}) reads back through {@link AuditJson} and writes again identically; a form
 * written only ({@code AuditReport}) equals what {@link AuditJson} writes for the same report.
 */
final class OneJsonFormTest {

  private static final String CASES = Cli.resource("cases.csv");

  /** The document with the command's context fields removed. */
  private static ObjectNode without(JsonNode document, String... context) {
    ObjectNode form = (ObjectNode) AuditJson.mapper().readTree(Json.toText(document));
    for (String name : context) {
      form.remove(name);
    }
    return form;
  }

  private static <T> void readsBackAndWritesAgainIdentically(ObjectNode form, Class<T> type) {
    T value = AuditJson.mapper().treeToValue(form, type);
    assertThat(Json.toText(AuditJson.mapper().valueToTree(value))).isEqualTo(Json.toText(form));
  }

  @Nested
  final class Sampling {

    @Test
    void sample_json_isTheInterchangeSampleUnchanged() {
      Cli.Result result =
          Cli.run(
              "sample",
              "--cases",
              CASES,
              "--as-of",
              "2026-11-02",
              "--seed",
              "42",
              "--size",
              "5",
              "--stratify",
              "category",
              "--exclude-audited-within",
              "P6M",
              "--json");
      assertThat(result.exitCode()).as(result.err()).isZero();
      ObjectNode form = without(result.json());
      assertThat(form.get("strata")).isNotEmpty();
      assertThat(form.get("excluded")).isNotEmpty();
      readsBackAndWritesAgainIdentically(form, Sample.class);
    }

    @Test
    void sample_jsonWithPlan_isTheInterchangeSamplePlusTheFramework() {
      String plans = Cli.resource("framework-plans.json");
      Cli.Result result =
          Cli.run(
              "sample",
              "--cases",
              CASES,
              "--as-of",
              "2026-11-02",
              "--seed",
              "42",
              "--framework",
              plans,
              "--plan",
              "quarterly",
              "--json");
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.json().get("framework").asString()).isEqualTo(plans);
      ObjectNode form = without(result.json(), "framework");
      assertThat(form.get("stratified_by")).isNotEmpty();
      readsBackAndWritesAgainIdentically(form, Sample.class);
    }
  }

  @Test
  void allocate_json_isTheInterchangeAllocationUnchanged() {
    Cli.Result result =
        Cli.run(
            "allocate",
            "--cases",
            CASES,
            "--auditors",
            Cli.resource("auditors.csv"),
            "--involvements",
            Cli.resource("involvements.csv"),
            "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    ObjectNode form = without(result.json());
    assertThat(form.get("assignments")).isNotEmpty();
    readsBackAndWritesAgainIdentically(form, Allocation.class);
  }

  @Nested
  final class Reporting {

    private JsonNode expected(String frameworkId, LocalDate asOf, List<String> cohorts) {
      AuditFramework framework = Frameworks.resolve(frameworkId).framework();
      AuditReport report =
          Reports.build(
              framework,
              AuditsCsv.read(Path.of(Cli.resource("audits.csv")), framework),
              asOf,
              cohorts);
      return AuditJson.mapper().valueToTree(report);
    }

    @Test
    void report_json_isTheFrameworkThenTheInterchangeReportUnchanged(@TempDir Path dir) {
      Path html = dir.resolve("report.html");
      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              Cli.resource("audits.csv"),
              "--as-of",
              "2026-11-22",
              "--html",
              html.toString(),
              "--json");
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.json().propertyNames()).startsWith("framework", "framework_version");
      assertThat(result.json().get("html").asString()).isEqualTo(html.toString());
      ObjectNode form = without(result.json(), "framework", "framework_version", "html");
      assertThat(Json.toText(form))
          .isEqualTo(Json.toText(expected("dudley", LocalDate.of(2026, 11, 22), List.of())));
    }

    @Test
    void demo_reportJson_isTheInterchangeReportPlusSyntheticAndSeed(@TempDir Path dir)
        throws Exception {
      Cli.Result result = Cli.run("demo", "--out", dir.toString());
      assertThat(result.exitCode()).as(result.err()).isZero();
      JsonNode document = AuditJson.mapper().readTree(Files.readString(dir.resolve("report.json")));
      assertThat(document.get("synthetic").asBoolean()).isTrue();
      assertThat(document.get("seed").asString()).isEqualTo("20261102");
      ObjectNode form = without(document, "framework", "framework_version", "synthetic", "seed");
      assertThat(form.get("as_of").asString()).isEqualTo("2026-11-30");
      assertThat(form.propertyNames())
          .contains(
              "compliance",
              "compliance_detail",
              "average",
              "domains",
              "grades",
              "graded",
              "good_or_better",
              "escalations",
              "actions");
      assertThat(form.get("compliance").isNumber() || form.get("compliance").isNull()).isTrue();
    }
  }

  @Test
  void deadline_json_spellsTheKindAsTheInterchangeDeadlineDoes() {
    Cli.Result result =
        Cli.run(
            "deadline",
            "--framework",
            "dudley",
            "--category",
            "2",
            "--raised",
            "2026-12-18T10:00",
            "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode deadline =
        AuditJson.mapper()
            .valueToTree(Deadline.endOf(LocalDate.parse(result.json().get("due").asString())));
    assertThat(result.json().get("kind")).isEqualTo(deadline.get("kind"));
  }

  @Test
  void deadline_json_writesFollowUpAndDueAtAsTheInterchangeFormsDo() {
    Cli.Result result =
        Cli.run(
            "deadline",
            "--framework",
            "dudley",
            "--category",
            "1",
            "--raised",
            "2026-03-28T09:00",
            "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    FollowUpPolicy followUp =
        AuditJson.mapper().treeToValue(result.json().get("follow_up"), FollowUpPolicy.class);
    assertThat(followUp).isEqualTo(FollowUpPolicy.elapsedHours(48));
    JsonNode deadline =
        AuditJson.mapper().valueToTree(Deadline.at(Instant.parse("2026-03-30T09:00:00Z")));
    assertThat(result.json().get("due_at")).isEqualTo(deadline.get("due_at"));
    assertThat(result.json().get("due_at").asString()).isEqualTo("2026-03-30T10:00+01:00");
  }

  /**
   * {@code check --json}'s outcomes are the interchange {@code Outcome}: each reads back and writes
   * again.
   */
  @Test
  void check_json_outcomesAreTheInterchangeOutcomeUnchanged() {
    Cli.Result result =
        Cli.run(
            "check",
            "--framework",
            "dudley",
            "--audits",
            "../examples/check-audits.csv",
            "--as-of",
            "2026-12-18",
            "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    int outcomes = 0;
    for (JsonNode audit : result.json().get("audits")) {
      for (JsonNode outcome : audit.get("outcomes")) {
        readsBackAndWritesAgainIdentically(without(outcome), Outcome.class);
        outcomes++;
      }
    }
    assertThat(outcomes).isEqualTo(20); // 4 audits, 5 rules on each audit
    assertThat(
            result
                .json()
                .get("audits")
                .get(0)
                .get("outcomes")
                .get(0)
                .get("deadline")
                .propertyNames())
        .containsExactly("kind", "due", "due_at");
  }
}
