package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.html.HtmlReport;
import org.practiceaudit.json.AuditJson;
import tools.jackson.databind.JsonNode;

/**
 * The demo's report.html shows the figures of its report.json: every count, share and average a
 * reader meets in the page's tables and sentences equals the JSON report's (shares and averages as
 * the page rounds them), and each escalation category carries the framework's name.
 */
final class ReportHtmlFiguresTest {

  @TempDir static Path dir;

  private static String html;
  private static JsonNode json;

  @BeforeAll
  static void runDemo() throws IOException {
    Cli.Result result = Cli.run("demo", "--out", dir.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    json =
        AuditJson.mapper()
            .readTree(Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8));
  }

  private static String oneDecimal(JsonNode number) {
    return String.format(Locale.ROOT, "%.1f", number.doubleValue());
  }

  private static String percent(JsonNode share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share.doubleValue());
  }

  private static String cells(Object... values) {
    StringBuilder row = new StringBuilder();
    for (Object value : values) {
      row.append("<td class=\"n\">").append(value).append("</td>");
    }
    return row.toString();
  }

  private static String row(String header, Object... values) {
    return "<th scope=\"row\">" + HtmlReport.escape(header) + "</th>" + cells(values) + "</tr>";
  }

  @Test
  void html_compliance_equalsTheJson() {
    JsonNode detail = json.get("compliance_detail");
    assertThat(html)
        .contains(
            detail.get("completed_on_time").asLong()
                + " of "
                + detail.get("allocated").asLong()
                + " allocated audits completed on time: "
                + percent(json.get("compliance"))
                + " (95% CI ");
    assertThat(html)
        .contains(
            ". "
                + detail.get("completed_late").asLong()
                + " late, "
                + detail.get("not_completed").asLong()
                + " not completed ("
                + detail.get("overdue").asLong()
                + " overdue, "
                + detail.get("pending").asLong()
                + " not yet due).");
    assertThat(json.get("compliance_by_month")).isNotEmpty();
    for (JsonNode month : json.get("compliance_by_month")) {
      YearMonth ym = YearMonth.parse(month.get("month").asString());
      JsonNode m = month.get("compliance_detail");
      assertThat(html)
          .contains(
              row(
                  ym.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + ym.getYear(),
                  m.get("allocated").asLong(),
                  m.get("completed_on_time").asLong(),
                  m.get("completed_late").asLong(),
                  m.get("overdue").asLong(),
                  m.get("pending").asLong(),
                  percent(month.get("compliance"))));
    }
  }

  @Test
  void html_domainsAndOverallAverage_equalTheJson() {
    assertThat(html)
        .contains(
            "Overall average "
                + oneDecimal(json.get("average"))
                + " over "
                + json.get("scored_audits").asLong()
                + " scored audits");
    assertThat(json.get("domains")).hasSizeGreaterThan(3);
    for (JsonNode d : json.get("domains")) {
      assertThat(html)
          .contains(
              row(
                  d.get("title").asString(),
                  oneDecimal(d.get("average")),
                  d.get("min").asInt() + "\u2013" + d.get("max").asInt(),
                  d.get("scored").asLong(),
                  d.get("not_applicable").asLong(),
                  d.get("not_scored").asLong()));
      assertThat(html)
          .contains(
              "<span class=\"label\">" + HtmlReport.escape(d.get("title").asString()) + "</span>");
    }
  }

  /** The title of the cohort's domain named by a field (D15), or a dash when it is null. */
  private static String domainTitle(JsonNode cohort, String field) {
    JsonNode id = cohort.get(field);
    for (JsonNode d : cohort.get("domains")) {
      if (!id.isNull() && d.get("id").asString().equals(id.asString())) {
        return d.get("title").asString();
      }
    }
    return "\u2013";
  }

  @Test
  void html_gradesAndCohorts_equalTheJson() {
    assertThat(html)
        .contains(
            json.get("graded").asLong()
                + " graded; good or better: "
                + percent(json.get("good_or_better")));
    for (Map.Entry<String, JsonNode> g : json.get("grades").properties()) {
      String share =
          String.format(
              Locale.ROOT, "%.1f%%", g.getValue().get("tenths_of_percent").asInt() / 10.0);
      assertThat(html).contains(row(g.getKey(), g.getValue().get("count").asLong(), share));
      assertThat(html)
          .contains(
              g.getKey() + ": " + g.getValue().get("count").asLong() + " (" + share + ")</li>");
    }
    assertThat(json.get("cohorts")).hasSizeGreaterThan(3);
    for (JsonNode c : json.get("cohorts")) {
      StringBuilder averages = new StringBuilder();
      c.get("domains")
          .forEach(
              d ->
                  averages
                      .append("<td class=\"n\">")
                      .append(oneDecimal(d.get("average")))
                      .append("</td>"));
      assertThat(html)
          .contains(
              "<th scope=\"row\">"
                  + HtmlReport.escape(c.get("value").asString())
                  + "</th>"
                  + averages
                  + "</tr>");
      assertThat(html)
          .contains(
              "<th scope=\"row\">"
                  + HtmlReport.escape(c.get("value").asString())
                  + "</th><td>"
                  + HtmlReport.escape(domainTitle(c, "weakest_domain"))
                  + "</td><td>"
                  + HtmlReport.escape(domainTitle(c, "strongest_domain"))
                  + "</td></tr>");
      assertThat(html)
          .contains(
              "<th scope=\"row\">"
                  + HtmlReport.escape(c.get("value").asString())
                  + "</th>"
                  + "<td class=\"n\">"
                  + c.get("audits").asLong()
                  + "</td>");
    }
  }

  @Test
  void html_escalationsAndActions_equalTheJsonWithTheFrameworksNames() {
    assertThat(json.get("escalations")).isNotEmpty();
    for (JsonNode e : json.get("escalations")) {
      int level = e.get("category").asInt();
      String name =
          Frameworks.resolve("dudley")
              .framework()
              .escalationCategory(level)
              .map(EscalationCategory::name)
              .orElseThrow();
      assertThat(html)
          .contains(
              row(
                  level + ": " + name,
                  e.get("raised").asLong(),
                  e.get("open").asLong(),
                  e.get("overdue").asLong(),
                  e.get("counted_from_completion_day").asLong()));
    }
    JsonNode actions = json.get("actions");
    assertThat(html)
        .contains(
            "Recommended actions: "
                + actions.get("total").asLong()
                + ", of which "
                + actions.get("outstanding").asLong()
                + " outstanding and "
                + actions.get("overdue").asLong()
                + " overdue.");
  }
}
