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

final class ReportCommandTest {

  @TempDir Path dir;

  @Nested
  final class Contract {

    @Test
    void report_json_hasTheContractFields() {
      Cli.Result result = Cli.run("report", "--framework", "dudley", "--audits",
          Cli.resource("audits.csv"), "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).isEmpty();
      JsonNode json = result.json();
      assertThat(json.get("audits").asInt()).isEqualTo(16);
      assertThat(json.get("completed").asInt()).isEqualTo(13);
      assertThat(json.get("compliance").asDouble()).isEqualTo(0.8125);
      assertThat(json.get("average").asDouble()).isEqualTo(2.5128);
      List<String> ids = new ArrayList<>();
      json.get("domains").forEach(d -> ids.add(d.get("id").asString()));
      assertThat(ids).containsExactly("assessment", "planning", "voice-of-the-child",
          "management-oversight", "safeguarding", "drift-and-delay");
      JsonNode planning = json.get("domains").get(1);
      assertThat(planning.get("scored").asInt()).isEqualTo(12);
      assertThat(planning.get("not_applicable").asInt()).isEqualTo(1);
      assertThat(planning.get("average").isNumber()).isTrue();
      JsonNode grades = json.get("grades");
      assertThat(grades.propertyNames()).containsExactly("Outstanding", "Good", "Requires Improvement",
          "Inadequate");
      assertThat(grades.get("Good").get("count").asInt()).isEqualTo(8);
      assertThat(grades.get("Good").get("share").asDouble()).isEqualTo(0.6154);
      assertThat(grades.get("Outstanding").get("count").asInt()).isZero();
    }

    @Test
    void report_dudleyCategory4_inNoEscalationCount() {
      // audits.csv holds eight category-4 audits ("the case is in good order", no follow-up): before issue
      // 12 they were reported as raised and open for ever (U20).
      Cli.Result json = Cli.run("report", "--framework", "dudley", "--audits", Cli.resource("audits.csv"),
          "--json");
      Cli.Result text = Cli.run("report", "--framework", "dudley", "--audits", Cli.resource("audits.csv"));

      List<Integer> categories = new ArrayList<>();
      json.json().get("escalations").forEach(e -> categories.add(e.get("category").asInt()));
      assertThat(categories).containsExactly(2, 3);
      assertThat(text.out()).doesNotContain("category 4");
    }

    @Test
    void report_escalationTimeNotInTheCsv_countedFromTheCompletionDayAndSaysSo() {
      // The category-2 audit was completed on Monday 9 November 2026 and recommends no action, so it stays
      // open; 10 working days later, from the end of Monday 23 November, it is overdue.
      Cli.Result before = Cli.run("report", "--framework", "dudley", "--audits", Cli.resource("audits.csv"),
          "--as-of", "2026-11-22", "--json");
      Cli.Result after = Cli.run("report", "--framework", "dudley", "--audits", Cli.resource("audits.csv"),
          "--as-of", "2026-11-23");

      JsonNode category2 = before.json().get("escalations").get(0);
      assertThat(category2.get("category").asInt()).isEqualTo(2);
      assertThat(category2.get("open").asInt()).isEqualTo(1);
      assertThat(category2.get("overdue").asInt()).isZero();
      assertThat(category2.get("counted_from_completion_day").asInt()).isEqualTo(1);
      assertThat(after.out()).contains("escalations, category 2: 1 raised, 1 open, 1 overdue"
          + " (1 counted from the completion day: escalation time not recorded)");
    }

    @Test
    void report_frameworkFile_sameFiguresAsBundledId() {
      Cli.Result byId = Cli.run("report", "--framework", "dudley", "--audits",
          Cli.resource("audits.csv"), "--json");
      Cli.Result byFile = Cli.run("report", "--framework", Cli.resource("framework.json"), "--audits",
          Cli.resource("audits.csv"), "--json");

      assertThat(byFile.exitCode()).isZero();
      assertThat(byFile.json()).isEqualTo(byId.json());
    }

    @Test
    void report_html_writesSelfContainedPage() throws IOException {
      Path html = dir.resolve("out/report.html");
      Cli.Result result = Cli.run("report", "--framework", "dudley", "--audits",
          Cli.resource("audits.csv"), "--html", html.toString());

      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).contains("audits: 16 allocated, 13 completed")
          .contains("wrote " + html);
      String page = Files.readString(html);
      assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script");
    }
  }

  @Nested
  final class Errors {

    @Test
    void report_badRows_exit1EveryRowWithLineAndColumn() {
      Cli.Result result = Cli.run("report", "--framework", "dudley", "--audits",
          Cli.resource("audits-bad.csv"), "--json");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.out()).isEmpty();
      assertThat(result.err().lines()).hasSize(3);
      assertThat(result.err().lines().toList().get(0)).endsWith("audits-bad.csv: line 3: column grade:"
          + " invalid value 'Splendid'; expected one of [Outstanding, Good, Requires Improvement,"
          + " Inadequate], or nothing");
      assertThat(result.err().lines().toList().get(1)).endsWith("line 4: column score.assessment:"
          + " invalid value '9'; expected a whole number from 1 to 4, NA, or nothing");
      assertThat(result.err().lines().toList().get(2)).endsWith("line 5: column completed_on:"
          + " completed on 2026-11-01 before it was allocated on 2026-11-02");
    }

    @Test
    void report_unknownDomainColumn_exit1LocatedOnTheHeader() {
      Cli.Result result = Cli.run("report", "--framework", "dudley", "--audits",
          Cli.resource("audits-unknown-domain.csv"));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines()).singleElement().asString()
          .contains("line 1: column 'score.colour': framework 'dudley' has no such domain");
    }

    @Test
    void report_unknownFramework_exit1ListingBundledIds() {
      Cli.Result result = Cli.run("report", "--framework", "nowhere", "--audits",
          Cli.resource("audits.csv"));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines()).containsExactly("unknown framework 'nowhere'; expected a"
          + " framework file or one of [camden, dorset, dudley, hillingdon, london-multi-agency]");
    }

    @Test
    void report_missingAudits_usageError2() {
      Cli.Result result = Cli.run("report", "--framework", "dudley");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).startsWith("audit report: Missing required option: '--audits=FILE.csv'");
    }

    @Test
    void report_unknownCohort_usageError2() {
      Cli.Result result = Cli.run("report", "--framework", "dudley", "--audits",
          Cli.resource("audits.csv"), "--cohort", "shoe-size");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).contains("no attribute column [shoe-size]");
    }
  }
}
