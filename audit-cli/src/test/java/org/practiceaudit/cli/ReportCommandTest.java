package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.quota.DateRange;
import org.practiceaudit.core.quota.QuotaTracker;
import org.practiceaudit.core.report.AuditDeadline;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.core.timeliness.Timeliness;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.timeliness.AuditDueParameters;
import org.practiceaudit.rules.timeliness.AuditDueRuleType;
import tools.jackson.databind.JsonNode;

final class ReportCommandTest {

  @TempDir Path dir;

  @Nested
  final class Contract {

    @Test
    void report_json_hasTheContractFields() {
      Cli.Result result =
          Cli.run(
              "report", "--framework", "dudley", "--audits", Cli.resource("audits.csv"), "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).isEmpty();
      JsonNode json = result.json();
      assertThat(json.get("audits").asInt()).isEqualTo(16);
      assertThat(json.get("completed").asInt()).isEqualTo(13);
      assertThat(json.get("compliance").asDouble()).isEqualTo(0.8125);
      assertThat(json.get("average").asDouble()).isEqualTo(2.5128);
      List<String> ids = new ArrayList<>();
      json.get("domains").forEach(d -> ids.add(d.get("id").asString()));
      assertThat(ids)
          .containsExactly(
              "assessment",
              "planning",
              "voice-of-the-child",
              "management-oversight",
              "safeguarding",
              "drift-and-delay");
      JsonNode planning = json.get("domains").get(1);
      assertThat(planning.get("scored").asInt()).isEqualTo(12);
      assertThat(planning.get("not_applicable").asInt()).isEqualTo(1);
      assertThat(planning.get("average").isNumber()).isTrue();
      JsonNode grades = json.get("grades");
      assertThat(grades.propertyNames())
          .containsExactly("Outstanding", "Good", "Requires Improvement", "Inadequate");
      assertThat(grades.get("Good").get("count").asInt()).isEqualTo(8);
      assertThat(grades.get("Good").get("share").asDouble()).isEqualTo(0.6154);
      assertThat(grades.get("Outstanding").get("count").asInt()).isZero();
    }

    @Test
    void report_dudleyCategory4_inNoEscalationCount() {
      // audits.csv holds eight category-4 audits ("the case is in good order", no follow-up):
      // before issue
      // 12 they were reported as raised and open for ever (U20).
      Cli.Result json =
          Cli.run(
              "report", "--framework", "dudley", "--audits", Cli.resource("audits.csv"), "--json");
      Cli.Result text =
          Cli.run("report", "--framework", "dudley", "--audits", Cli.resource("audits.csv"));

      List<Integer> categories = new ArrayList<>();
      json.json().get("escalations").forEach(e -> categories.add(e.get("category").asInt()));
      assertThat(categories).containsExactly(2, 3);
      assertThat(text.out()).doesNotContain("category 4");
    }

    @Test
    void report_escalationTimeNotInTheCsv_countedFromTheCompletionDayAndSaysSo() {
      // The category-2 audit was completed on Monday 9 November 2026 and recommends no action, so
      // it stays
      // open; 10 working days later, from the end of Monday 23 November, it is overdue.
      Cli.Result before =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              Cli.resource("audits.csv"),
              "--as-of",
              "2026-11-22",
              "--json");
      Cli.Result after =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              Cli.resource("audits.csv"),
              "--as-of",
              "2026-11-23");

      JsonNode category2 = before.json().get("escalations").get(0);
      assertThat(category2.get("category").asInt()).isEqualTo(2);
      assertThat(category2.get("open").asInt()).isEqualTo(1);
      assertThat(category2.get("overdue").asInt()).isZero();
      assertThat(category2.get("counted_from_completion_day").asInt()).isEqualTo(1);
      assertThat(after.out())
          .contains(
              "escalations, category 2: 1 raised, 1 open, 1 overdue"
                  + " (1 counted from the completion day: escalation time not recorded)");
    }

    @Test
    void report_frameworkFile_sameFiguresAsBundledId() {
      Cli.Result byId =
          Cli.run(
              "report", "--framework", "dudley", "--audits", Cli.resource("audits.csv"), "--json");
      Cli.Result byFile =
          Cli.run(
              "report",
              "--framework",
              Cli.resource("framework.json"),
              "--audits",
              Cli.resource("audits.csv"),
              "--json");

      assertThat(byFile.exitCode()).isZero();
      assertThat(byFile.json()).isEqualTo(byId.json());
    }

    @Test
    void report_html_writesSelfContainedPage() throws IOException {
      Path html = dir.resolve("out/report.html");
      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              Cli.resource("audits.csv"),
              "--html",
              html.toString());

      assertThat(result.exitCode()).isZero();
      assertThat(result.out())
          .contains("audits: 16 allocated, 13 completed")
          .contains("wrote " + html);
      String page = Files.readString(html);
      assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script");
    }
  }

  @Nested
  final class AuditDue {

    /**
     * Hillingdon's guide, line 9: audits due within 10 working days (H2a). Before, the command line
     * ignored it (H2b): the audit completed 21 working days late counted as on time and the one
     * open for 27 days was not overdue.
     */
    @Test
    void report_hillingdon_countsLateAndOverdueByTenWorkingDays() throws IOException {
      Path audits = dir.resolve("hillingdon-audits.csv");
      Files.writeString(
          audits,
          String.join(
              "\n",
              "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,escalation_category",
              // due Monday 16 November; completed Tuesday 15 December, 21 working days late
              "SYN-H1,SYN-C1,SYN-TM01,monthly-management,2026-11-02,2026-12-15,Good,",
              // due Wednesday 2 December; still open on 15 December, 27 days after allocation
              "SYN-H2,SYN-C2,SYN-TM01,monthly-management,2026-11-18,,,",
              // completed on its due day, Monday 16 November
              "SYN-H3,SYN-C3,SYN-TM02,monthly-management,2026-11-02,2026-11-16,Good,",
              // due Thursday 24 December: not yet
              "SYN-H4,SYN-C4,SYN-TM02,monthly-management,2026-12-10,,,",
              ""));

      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "hillingdon",
              "--audits",
              audits.toString(),
              "--as-of",
              "2026-12-15",
              "--json");

      assertThat(result.exitCode()).as(result.err()).isZero();
      JsonNode detail = result.json().get("compliance_detail");
      assertThat(detail.get("allocated").asInt()).isEqualTo(4);
      assertThat(detail.get("completed_on_time").asInt()).isEqualTo(1);
      assertThat(detail.get("completed_late").asInt()).isEqualTo(1);
      assertThat(detail.get("overdue").asInt()).isEqualTo(1);
      assertThat(detail.get("pending").asInt()).isEqualTo(1);
      assertThat(detail.get("not_completed").asInt()).isEqualTo(2);
      assertThat(result.json().get("compliance").asDouble()).isEqualTo(0.25);
    }
  }

  @Nested
  final class Programme {

    /**
     * Camden's programme (seed 000, the annual table; C31) in the report: planned against done per
     * entry, counting completed audits by completion month, audit type and, where the entry has
     * one, theme.
     */
    @Test
    void report_camden_programmePlannedAgainstDoneInJsonAndText() throws IOException {
      Path audits = dir.resolve("camden-audits.csv");
      Files.writeString(
          audits,
          String.join(
              "\n",
              "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,escalation_category,theme",
              "SYN-P1,SYN-C1,SYN-TM01,practice-week,2021-07-01,2021-07-10,Good,,",
              "SYN-P2,SYN-C2,SYN-TM01,practice-week,2021-07-01,2021-07-20,Good,,",
              "SYN-F1,SYN-C3,SYN-TM02,front-door,2021-09-01,2021-09-15,Good,,front-door-decision-making",
              // a front-door audit without the entry's theme does not count towards it
              "SYN-F2,SYN-C4,SYN-TM02,front-door,2021-09-01,2021-09-16,Good,,",
              "SYN-F3,SYN-C5,SYN-TM02,front-door,2022-02-01,2022-02-03,Good,,front-door-decision-making",
              "SYN-F4,SYN-C6,SYN-TM02,front-door,2022-02-01,,,,front-door-decision-making",
              ""));

      Cli.Result json =
          Cli.run(
              "report",
              "--framework",
              "camden",
              "--audits",
              audits.toString(),
              "--as-of",
              "2022-03-31",
              "--json");
      Path html = dir.resolve("camden.html");
      Cli.Result text =
          Cli.run(
              "report",
              "--framework",
              "camden",
              "--audits",
              audits.toString(),
              "--as-of",
              "2022-03-31",
              "--html",
              html.toString());

      assertThat(json.exitCode()).as(json.err()).isZero();
      JsonNode progress = json.json().get("programme_progress");
      assertThat(progress.get("done_total").asInt()).isEqualTo(4);
      Map<String, Integer> done = new java.util.TreeMap<>();
      progress
          .get("entries")
          .forEach(
              e ->
                  done.put(
                      e.get("entry").get("month").asString()
                          + "/"
                          + e.get("entry").get("audit_type").asString(),
                      e.get("done").asInt()));
      assertThat(done)
          .containsEntry("2021-07/practice-week", 2)
          .containsEntry("2021-09/front-door", 1)
          .containsEntry("2022-01/front-door", 1)
          .containsEntry("2021-11/practice-week", 0);
      assertThat(text.out())
          .contains("programme: 4 of ")
          .contains("2021-07 practice-week: 2 done of 60 planned")
          .contains(
              "2022-01 to 2022-02 front-door (front-door-decision-making): 1 done of 30 planned");
      assertThat(Files.readString(html))
          .contains("<h2>Audit programme</h2>\n<p>4 of ")
          .contains("<caption>Audit programme: planned against done, entry by entry</caption>");
    }

    @Test
    void report_frameworkWithoutProgramme_noProgrammeInTheReport() throws IOException {
      Cli.Result result =
          Cli.run(
              "report", "--framework", "dudley", "--audits", Cli.resource("audits.csv"), "--json");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.json().has("programme_progress")).isFalse();
    }
  }

  @Nested
  final class OptionalColumns {

    /**
     * The escalation clock starts at {@code escalated_at} where the file gives it (DECISIONS,
     * December 2026); before issue 18 the column was an attribute and every escalation counted from
     * its completion day.
     */
    @Test
    void report_escalatedAtAndActionsOutstanding_readFromTheFile() throws IOException {
      Path audits = dir.resolve("dudley-escalated.csv");
      Files.writeString(
          audits,
          String.join(
              "\n",
              "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,escalation_category,escalated_at,"
                  + "actions_outstanding",
              "SYN-E1,SYN-C1,SYN-AU01,case-file,2026-12-01,2026-12-18,Requires Improvement,3,2026-12-18T15:00,2",
              "SYN-E2,SYN-C2,SYN-AU01,case-file,2026-12-01,2026-12-18,Requires Improvement,3,,1",
              ""));

      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              audits.toString(),
              "--as-of",
              "2026-12-18",
              "--json");

      assertThat(result.exitCode()).as(result.err()).isZero();
      JsonNode category3 = result.json().get("escalations").get(0);
      assertThat(category3.get("category").asInt()).isEqualTo(3);
      assertThat(category3.get("raised").asInt()).isEqualTo(2);
      assertThat(category3.get("counted_from_completion_day").asInt()).isEqualTo(1);
      assertThat(result.json().get("actions").get("outstanding").asInt()).isEqualTo(3);
    }
  }

  @Nested
  final class ReadmeExample {

    /**
     * The README's {@code report} example says "compliance 81.3%": every API that gives the figure
     * agrees.
     */
    @Test
    void readmeExample_everyApi_sameCompliance() {
      Path framework = Path.of("../examples/framework.json");
      Path auditsCsv = Path.of("../examples/audits.csv");
      Cli.Result text =
          Cli.run("report", "--framework", framework.toString(), "--audits", auditsCsv.toString());
      Cli.Result json =
          Cli.run(
              "report",
              "--framework",
              framework.toString(),
              "--audits",
              auditsCsv.toString(),
              "--json");
      assertThat(text.out())
          .contains(
              "audits: 16 allocated, 13 completed (13 on time, 0 late), 0 overdue, 3 not yet due; compliance 81.3%");
      assertThat(json.json().get("compliance").asDouble()).isEqualTo(0.8125);

      AuditFramework dudley = Frameworks.load(framework).framework();
      List<Audit> audits = AuditsCsv.read(auditsCsv, dudley);
      LocalDate asOfDate = LocalDate.parse(json.json().get("as_of").asString());
      Instant asOf = Reports.endOf(asOfDate);
      LocalDate reportDay = LocalDate.ofInstant(asOf, WorkingCalendar.LONDON);
      Compliance report =
          ReportAggregate.of(
                  ReportSpec.builder()
                      .addAllDomains(dudley.domains())
                      .gradeScale(dudley.gradeScale())
                      .asOf(asOf)
                      .auditDeadline(AuditDeadline.of(dudley))
                      .build(),
                  audits)
              .toReport()
              .compliance();
      Compliance tracker =
          QuotaTracker.compliance(
              audits,
              DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)),
              dudley,
              reportDay);
      long[] byRule = new long[Timeliness.values().length];
      @SuppressWarnings("unchecked")
      Rule<Audit> rule =
          (Rule<Audit>)
              new AuditDueRuleType().create("synthetic/due", new AuditDueParameters(), dudley);
      RuleContext context = RuleContext.of(Clock.fixed(asOf, ZoneOffset.UTC), dudley);
      for (Audit audit : audits) {
        String timeliness =
            rule.evaluate(audit, context).get(0).inputs().get(AuditDueRuleType.INPUT_TIMELINESS);
        for (Timeliness t : Timeliness.values()) {
          if (t.text().equals(timeliness)) {
            byRule[t.ordinal()]++;
          }
        }
      }

      assertThat(report)
          .isEqualTo(tracker)
          .isEqualTo(Compliance.of(byRule[0], byRule[1], byRule[2], byRule[3]));
      assertThat(report.onTime().share().value()).hasValue(0.8125);
      assertThat(report.allocated())
          .isEqualTo(json.json().get("compliance_detail").get("allocated").asLong());
      assertThat(report.completedOnTime())
          .isEqualTo(json.json().get("compliance_detail").get("completed_on_time").asLong());
    }
  }

  @Nested
  final class Warnings {

    @TempDir Path dir;

    @Test
    void warnings_asOfBeforeEveryAudit_warned() {
      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              Cli.resource("audits.csv"),
              "--as-of",
              "2020-01-01");

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).contains("warning: --as-of 2020-01-01 is before every audit in");
    }

    @Test
    void warnings_headerOnlyAuditsWithoutAsOf_exit1NotAsOf1970() throws IOException {
      Path audits = dir.resolve("audits.csv");
      Files.writeString(
          audits,
          Files.readString(Path.of(Cli.resource("audits.csv"))).lines().findFirst().orElseThrow()
              + "\n");

      Cli.Result result = Cli.run("report", "--framework", "dudley", "--audits", audits.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines())
          .containsExactly(
              "warning: " + audits + ": has a header but no rows, so there are no audits in it",
              audits
                  + ": has no audits, so there is no date to report as of; give --as-of to report on no"
                  + " audits");
      assertThat(result.out()).doesNotContain("1970");
    }

    @Test
    void datesAsPeopleSayThem_asOfInJson_theLocalDate() {
      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              Cli.resource("audits.csv"),
              "--as-of",
              "2026-06-30",
              "--json");

      assertThat(result.json().get("as_of").asString()).isEqualTo("2026-06-30");
    }

    @Test
    void datesAsPeopleSayThem_asOfInHtml_theLocalDate() throws IOException {
      Path html = dir.resolve("report.html");

      Cli.run(
          "report",
          "--framework",
          "dudley",
          "--audits",
          Cli.resource("audits.csv"),
          "--as-of",
          "2026-06-30",
          "--html",
          html.toString());

      assertThat(Files.readString(html)).contains("As of 2026-06-30:").doesNotContain("T23:00");
    }
  }

  @Nested
  final class Errors {

    @Test
    void report_badRows_exit1EveryRowWithLineAndColumn() {
      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              Cli.resource("audits-bad.csv"),
              "--json");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.out()).isEmpty();
      List<String> lines = result.err().lines().toList();
      assertThat(lines).hasSize(4);
      assertThat(lines.get(0))
          .startsWith("warning: ")
          .contains(
              "audits-bad.csv: no column for 4 domains"
                  + " of framework 'dudley' (score.voice-of-the-child, score.management-oversight,"
                  + " score.safeguarding, score.drift-and-delay); the report counts them as not scored");
      assertThat(lines.get(1))
          .endsWith(
              "audits-bad.csv: line 3, column 7 (grade): a value that is not"
                  + " a grade of the framework; expected one of [Outstanding, Good, Requires Improvement,"
                  + " Inadequate], or nothing");
      assertThat(lines.get(2))
          .endsWith(
              "line 4, column 9 (score.assessment): '9' is not a score;"
                  + " expected a whole number from 1 to 4, NA, or nothing");
      assertThat(lines.get(3))
          .endsWith(
              "line 5, column 6 (completed_on): completed on 2026-11-01"
                  + " before it was allocated on 2026-11-02");
      assertThat(result.err()).doesNotContain("Splendid");
    }

    @Test
    void report_unknownDomainColumn_exit1LocatedOnTheHeader() {
      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              Cli.resource("audits-unknown-domain.csv"));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines())
          .singleElement()
          .asString()
          .contains(
              "line 1, column 10: column name 'score.colour': framework 'dudley' has no such"
                  + " domain; expected one of [score.assessment,");
    }

    @Test
    void report_unknownFramework_exit1ListingBundledIds() {
      Cli.Result result =
          Cli.run("report", "--framework", "nowhere", "--audits", Cli.resource("audits.csv"));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines())
          .containsExactly(
              "unknown framework 'nowhere'; expected one of"
                  + " [camden, dorset, dudley, hillingdon, london-multi-agency]; give a framework file or the id"
                  + " of a bundled framework");
    }

    @Test
    void report_missingAudits_usageError2() {
      Cli.Result result = Cli.run("report", "--framework", "dudley");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).startsWith("audit report: Missing required option: '--audits=FILE'");
    }

    @Test
    void report_unknownCohort_usageError2() {
      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              Cli.resource("audits.csv"),
              "--cohort",
              "shoe-size");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).contains("no attribute column [shoe-size]");
    }
  }
}
