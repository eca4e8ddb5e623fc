package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code audit check} on the bundled frameworks' scenario audits (issue 18 item 1). All data is
 * synthetic.
 */
final class CheckCommandTest {

  @TempDir Path dir;

  private static final String DUDLEY_HEADER =
      "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,escalation_category,escalated_at,"
          + "concerns,actions_outstanding,sections";

  /**
   * Dudley audit framework 2017, "Raising a Concern" (U20): an audit requiring improvement with
   * recommended actions is category 3, followed up within 20 working days; one with a concern of
   * immediate risk is category 1, checked at 48 hours, and the service manager is told by email
   * with the audit, then in person.
   */
  private Path dudleyAudits() throws IOException {
    Path audits = dir.resolve("dudley-audits.csv");
    Files.writeString(
        audits,
        String.join(
            "\n",
            DUDLEY_HEADER,
            // escalated at 15:00 on Friday 18 December 2026: 20 working days, past Christmas,
            // Boxing Day (Monday
            // 28th) and New Year's Day, is Wednesday 20 January 2027
            "SYN-D1,SYN-C1,SYN-AU01,case-file,2026-12-01,2026-12-18,Requires Improvement,,2026-12-18T15:00,,2,pen-picture",
            "SYN-D2,SYN-C2,SYN-AU02,case-file,2026-12-01,2026-12-17,Inadequate,,2026-12-17T10:00,immediate-risk,1,pen-picture",
            // records category 4, but its actions make it category 3
            "SYN-D3,SYN-C3,SYN-AU01,case-file,2026-12-01,2026-12-16,Good,4,,,1,pen-picture",
            ""));
    return audits;
  }

  @Nested
  final class Dudley {

    @Test
    void check_requiresImprovementWithActions_category3DueTwentyWorkingDaysLater()
        throws IOException {
      Cli.Result result =
          Cli.run(
              "check",
              "--framework",
              "dudley",
              "--audits",
              dudleyAudits().toString(),
              "--as-of",
              "2026-12-18",
              "--json");

      assertThat(result.exitCode()).as(result.err()).isZero();
      JsonNode json = result.json();
      assertThat(json.get("framework").asString()).isEqualTo("dudley");
      assertThat(json.get("framework_version").asString()).isEqualTo("2017-08");
      assertThat(json.get("as_of").asString()).isEqualTo("2026-12-18");
      JsonNode escalation = outcome(json, "SYN-D1", "dudley/escalation-category");
      assertThat(escalation.get("status").asString()).isEqualTo("pass");
      assertThat(escalation.get("escalation_category").asInt()).isEqualTo(3);
      assertThat(escalation.get("deadline").get("kind").asString()).isEqualTo("working-days");
      assertThat(escalation.get("deadline").get("due").asString()).isEqualTo("2027-01-20");
      assertThat(escalation.get("deadline").has("due_at")).isTrue();
      assertThat(escalation.get("notifications")).isEmpty();
    }

    @Test
    void check_immediateRisk_category1In48HoursWithTheServiceManagerTold() throws IOException {
      Cli.Result result =
          Cli.run(
              "check",
              "--framework",
              "dudley",
              "--audits",
              dudleyAudits().toString(),
              "--as-of",
              "2026-12-18",
              "--json");

      JsonNode escalation = outcome(result.json(), "SYN-D2", "dudley/escalation-category");
      assertThat(escalation.get("escalation_category").asInt()).isEqualTo(1);
      assertThat(escalation.get("deadline").get("kind").asString()).isEqualTo("elapsed-hours");
      assertThat(escalation.get("deadline").get("due_at").asString())
          .isEqualTo("2026-12-19T10:00Z");
      assertThat(escalation.get("notifications").findValuesAsString("recipient"))
          .containsExactly("practitioner", "service-manager");
      JsonNode notification = escalation.get("notifications").get(1);
      assertThat(notification.get("channel").asString()).isEqualTo("email");
      assertThat(notification.get("with_audit").asBoolean()).isTrue();
      assertThat(notification.get("in_person_follow_up").asBoolean()).isTrue();
    }

    @Test
    void check_recordedCategoryDisagrees_failsAndSummaryCountsIt() throws IOException {
      Cli.Result result =
          Cli.run(
              "check",
              "--framework",
              "dudley",
              "--audits",
              dudleyAudits().toString(),
              "--as-of",
              "2026-12-18",
              "--json");

      JsonNode escalation = outcome(result.json(), "SYN-D3", "dudley/escalation-category");
      assertThat(escalation.get("status").asString()).isEqualTo("fail");
      assertThat(escalation.get("reason").asString())
          .isEqualTo("the audit records category 4 but the rules give 3 (actions recommended)");
      JsonNode summary = result.json().get("summary").get("dudley/escalation-category");
      assertThat(summary.get("pass").asInt()).isEqualTo(2);
      assertThat(summary.get("fail").asInt()).isEqualTo(1);
      assertThat(summary.get("not_applicable").asInt()).isZero();
      assertThat(summary.get("error").asInt()).isZero();
    }

    @Test
    void check_text_showsOutcomesDerivedValuesAndSummary() throws IOException {
      Cli.Result result =
          Cli.run(
              "check",
              "--framework",
              "dudley",
              "--audits",
              dudleyAudits().toString(),
              "--as-of",
              "2026-12-18");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out())
          .startsWith(
              "check: framework dudley 2017-08, as of 2026-12-18 (end of day, Europe/London):"
                  + " 3 audits, 6 rules")
          .contains("audit SYN-D1 (completed): may complete")
          .contains("  PASS           dudley/escalation-category: category 3: actions recommended")
          .contains("escalation category 3; due 2027-01-20 (end of that working day)")
          .contains(
              "escalation category 1; due 2026-12-19T10:00 (Europe/London); notify practitioner,"
                  + " service-manager by email with the audit, then in person")
          .contains("  FAIL           dudley/escalation-category: the audit records category 4")
          .contains("summary:")
          .containsPattern("dudley/escalation-category +2 +1 +0 +0");
    }

    @Test
    void check_withoutAsOf_judgesAsOfTheLatestDateInTheFile() throws IOException {
      Cli.Result result =
          Cli.run(
              "check", "--framework", "dudley", "--audits", dudleyAudits().toString(), "--json");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.json().get("as_of").asString()).isEqualTo("2026-12-18");
    }

    @Test
    void check_failOnFail_exit1WhenARuleFails() throws IOException {
      Path audits = dudleyAudits();

      assertThat(
              Cli.run(
                      "check",
                      "--framework",
                      "dudley",
                      "--audits",
                      audits.toString(),
                      "--as-of",
                      "2026-12-18",
                      "--fail-on-fail")
                  .exitCode())
          .isEqualTo(1);
      assertThat(
              Cli.run(
                      "check",
                      "--framework",
                      "dudley",
                      "--audits",
                      audits.toString(),
                      "--as-of",
                      "2026-12-18")
                  .exitCode())
          .isZero();
    }

    /** An audit still in progress: no rule fails, and moderation does not yet count it (U20). */
    @Test
    void check_failOnFail_exit0WhenNoRuleFails() throws IOException {
      Path audits = dir.resolve("good.csv");
      Files.writeString(
          audits,
          DUDLEY_HEADER + "\n" + "SYN-D1,SYN-C1,SYN-AU01,case-file,2026-12-01,,,,,,,pen-picture\n");

      Cli.Result result =
          Cli.run(
              "check",
              "--framework",
              "dudley",
              "--audits",
              audits.toString(),
              "--as-of",
              "2026-12-18",
              "--fail-on-fail",
              "--json");

      assertThat(result.exitCode()).as(result.out()).isZero();
      assertThat(result.json().get("audits").get(0).get("may_complete").asBoolean()).isTrue();
    }
  }

  @Nested
  final class Hillingdon {

    /**
     * Hillingdon's guide, line 9 (H2a): an audit is due within 10 working days of allocation.
     * Allocated on Monday 2 November 2026, it is due on Monday 16 November; completed on Tuesday
     * 17th, or 21 working days after allocation on Wednesday 2 December, it is late.
     */
    @Test
    void check_completedAfterTenWorkingDays_failsAuditDue() throws IOException {
      Path audits = dir.resolve("hillingdon.csv");
      Files.writeString(
          audits,
          String.join(
              "\n",
              "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,escalation_category,indicators",
              "SYN-H1,SYN-C1,SYN-TM01,monthly-management,2026-11-02,2026-11-16,Good,,hv-purpose;hv-child-seen",
              "SYN-H2,SYN-C2,SYN-TM01,monthly-management,2026-11-02,2026-11-17,Good,,",
              "SYN-H3,SYN-C3,SYN-TM02,monthly-management,2026-11-02,2026-12-01,Good,,",
              ""));

      Cli.Result result =
          Cli.run(
              "check",
              "--framework",
              "hillingdon",
              "--audits",
              audits.toString(),
              "--as-of",
              "2026-12-15",
              "--json",
              "--fail-on-fail");

      assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
      JsonNode json = result.json();
      assertThat(outcome(json, "SYN-H1", "hillingdon/audit-due").get("status").asString())
          .isEqualTo("pass");
      assertThat(outcome(json, "SYN-H2", "hillingdon/audit-due").get("status").asString())
          .isEqualTo("fail");
      assertThat(outcome(json, "SYN-H3", "hillingdon/audit-due").get("status").asString())
          .isEqualTo("fail");
      assertThat(json.get("summary").get("hillingdon/audit-due").get("fail").asInt()).isEqualTo(2);
    }
  }

  @Nested
  final class Camden {

    /**
     * Camden audit programme 2021-22, section 6 (C6): an audit graded requires improvement or
     * inadequate must outline areas of improvement, so one without actions may not complete.
     */
    @Test
    void check_requiresImprovementWithoutActions_mayNotComplete() throws IOException {
      Path audits = dir.resolve("camden.csv");
      Files.writeString(
          audits,
          String.join(
              "\n",
              "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,escalation_category,"
                  + "actions_outstanding",
              "SYN-K1,SYN-C1,SYN-TM01,practice-week,2026-11-02,,Requires Improvement,,",
              "SYN-K2,SYN-C2,SYN-TM01,practice-week,2026-11-02,,Good,,",
              ""));

      Cli.Result result =
          Cli.run(
              "check",
              "--framework",
              "camden",
              "--audits",
              audits.toString(),
              "--as-of",
              "2026-11-20",
              "--json");
      Cli.Result text =
          Cli.run(
              "check",
              "--framework",
              "camden",
              "--audits",
              audits.toString(),
              "--as-of",
              "2026-11-20");

      assertThat(result.exitCode()).as(result.err()).isZero();
      JsonNode first = result.json().get("audits").get(0);
      assertThat(first.get("may_complete").asBoolean()).isFalse();
      assertThat(first.get("unmet").get(0).get("rule_id").asString())
          .isEqualTo("camden/actions-required-below-good");
      assertThat(result.json().get("audits").get(1).get("unmet").findValuesAsString("rule_id"))
          .doesNotContain("camden/actions-required-below-good");
      assertThat(text.out())
          .contains("audit SYN-K1 (allocated): may not complete")
          .contains("  unmet: camden/actions-required-below-good: ");
    }
  }

  @Nested
  final class ReadmeExample {

    /** The README's {@code check} example prints these lines. */
    @Test
    void check_examplesFile_printsTheReadmeLines() {
      Cli.Result result =
          Cli.run(
              "check",
              "--framework",
              "dudley",
              "--audits",
              "../examples/check-audits.csv",
              "--as-of",
              "2026-12-18",
              "--fail-on-fail");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).isEmpty();
      assertThat(result.out())
          .contains(
              String.join(
                  "\n",
                  "audit SYN-D1 (completed): may complete",
                  "  PASS           dudley/escalation-category: category 3: actions recommended",
                  "                 escalation category 3; due 2027-01-20 (end of that working day)"))
          .contains("  dudley/escalation-category          2     1     1      0");
    }
  }

  @Nested
  final class Interchange {

    @Test
    void check_jsonlAudits_readAsTheCsvIs() throws IOException {
      Path csv = dudleyAudits();
      Cli.Result fromCsv =
          Cli.run(
              "check",
              "--framework",
              "dudley",
              "--audits",
              csv.toString(),
              "--as-of",
              "2026-12-18",
              "--json");
      Path jsonl = dir.resolve("audits.jsonl");
      Files.writeString(jsonl, String.join("\n", interchangeLines(csv)) + "\n");

      Cli.Result fromJsonl =
          Cli.run(
              "check",
              "--framework",
              "dudley",
              "--audits",
              jsonl.toString(),
              "--as-of",
              "2026-12-18",
              "--json");

      assertThat(fromJsonl.exitCode()).as(fromJsonl.err()).isZero();
      assertThat(fromJsonl.json()).isEqualTo(fromCsv.json());
    }

    @Test
    void check_jsonArrayWithABadAudit_locatesItWithoutEchoingText() throws IOException {
      Path json = dir.resolve("audits.json");
      Files.writeString(
          json, "[\n  {\"id\": \"SYN-1\", \"case_id\": \"Jane Smith lives here\"}\n]\n");

      Cli.Result result = Cli.run("check", "--framework", "dudley", "--audits", json.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains(json + ": line 2, column 3: ").doesNotContain("Jane");
    }

    @Test
    void check_jsonlWithABadLineAndADuplicate_everyProblemByLine() throws IOException {
      Path csv = dudleyAudits();
      List<String> lines = interchangeLines(csv);
      lines.add(1, "{\"id\": \"SYN-X\", \"status\": \"Jane\"}");
      lines.add(lines.get(0));
      Path jsonl = dir.resolve("audits.jsonl");
      Files.writeString(jsonl, String.join("\n", lines) + "\n");

      Cli.Result result = Cli.run("check", "--framework", "dudley", "--audits", jsonl.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .contains(jsonl + ": line 2")
          .contains(jsonl + ": line 5: duplicate audit id 'SYN-D1', first on line 1")
          .doesNotContain("Jane");
    }

    @Test
    void check_brokenJson_saysWhereWithoutTheParsersSourceNote() throws IOException {
      Path json = dir.resolve("audits.json");
      Files.writeString(json, "[\n  {]");

      Cli.Result result = Cli.run("check", "--framework", "dudley", "--audits", json.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .contains(
              json + ": line 2, column 4: is not valid JSON: Unexpected close marker" + " ']'")
          .doesNotContain("Source");
    }

    @Test
    void check_jsonThatIsNotAnArray_saysWhatToGive() throws IOException {
      Path json = dir.resolve("audits.json");
      Files.writeString(json, "{}");

      Cli.Result result = Cli.run("check", "--framework", "dudley", "--audits", json.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains("is not a JSON array of audits");
    }
  }

  @Nested
  final class BadInput {

    @Test
    void check_badOptionalCells_everyProblemLocatedAndNoTextEchoed() throws IOException {
      Path audits = dir.resolve("bad.csv");
      Files.writeString(
          audits,
          DUDLEY_HEADER
              + "\n"
              + "SYN-D1,SYN-C1,SYN-AU01,case-file,2026-12-01,2026-12-18,Good,,after lunch with Jane,"
              + "immediate-risk;Jane was upset,-1,\n"
              + "SYN-D2,SYN-C2,SYN-AU01,case-file,2026-12-01,2026-12-18,Good,,2026-03-29T01:30,immediat-risk,,\n");

      Cli.Result result = Cli.run("check", "--framework", "dudley", "--audits", audits.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .contains("line 2, column 9 (escalated_at): a value that is not a date-time")
          .contains("line 2, column 10 (concerns): a value that is not an id")
          .contains("line 2, column 11 (actions_outstanding): '-1' is not a whole number")
          .contains("line 3, column 9 (escalated_at): '2026-03-29T01:30' is not a date-time")
          .contains(
              "line 3, column 10 (concerns): 'immediat-risk' is not a known concern; did you mean"
                  + " 'immediate-risk'?")
          .doesNotContain("Jane")
          .doesNotContain("lunch");
    }

    @Test
    void check_unknownAreaGradeColumn_namesTheDomains() throws IOException {
      Path audits = dir.resolve("areas.csv");
      Files.writeString(
          audits,
          "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,"
              + "escalation_category,area_grade.planing\n"
              + "SYN-D1,SYN-C1,SYN-AU01,case-file,2026-12-01,2026-12-18,Good,,Good\n");

      Cli.Result result = Cli.run("check", "--framework", "dudley", "--audits", audits.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .contains("'area_grade.planing': framework 'dudley' has no such domain")
          .contains("area_grade.planning");
    }

    @Test
    void check_casesWithoutCaseRules_warnsAndStillChecksTheAudits() throws IOException {
      Path cases = dir.resolve("cases.csv");
      Files.writeString(
          cases,
          "case_id,category,team,worker,opened_on,closed_on,last_audited_on\n"
              + "SYN-C1,child-in-need,North,SYN-W1,2026-01-05,,\n");

      Cli.Result result =
          Cli.run(
              "check",
              "--framework",
              "dudley",
              "--audits",
              dudleyAudits().toString(),
              "--cases",
              cases.toString(),
              "--as-of",
              "2026-12-18",
              "--json");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err()).contains("warning: no rule of framework 'dudley' takes cases");
      assertThat(result.json().has("cases")).isFalse();
      assertThat(result.json().get("audits")).hasSize(3);
    }

    @Test
    void check_emptyAuditsWithoutAsOf_asksForAsOf() throws IOException {
      Path audits = dir.resolve("empty.csv");
      Files.writeString(audits, DUDLEY_HEADER + "\n");

      Cli.Result result = Cli.run("check", "--framework", "dudley", "--audits", audits.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains("give --as-of");
    }

    @Test
    void check_missingAudits_usageError() {
      assertThat(Cli.run("check", "--framework", "dudley").exitCode()).isEqualTo(2);
    }
  }

  /** The Dudley audits of a CSV file, one interchange JSON document each. */
  private static List<String> interchangeLines(Path csv) {
    List<String> lines = new ArrayList<>();
    for (org.practiceaudit.core.audit.Audit audit :
        AuditsCsv.read(csv, Frameworks.resolve("dudley").framework())) {
      lines.add(org.practiceaudit.json.AuditJson.mapper().writeValueAsString(audit));
    }
    return lines;
  }

  private static JsonNode outcome(JsonNode json, String auditId, String ruleId) {
    for (JsonNode audit : json.get("audits")) {
      if (audit.get("audit_id").asString().equals(auditId)) {
        for (JsonNode outcome : audit.get("outcomes")) {
          if (outcome.get("rule_id").asString().equals(ruleId)) {
            return outcome;
          }
        }
      }
    }
    throw new AssertionError("no outcome of " + ruleId + " for " + auditId);
  }
}
