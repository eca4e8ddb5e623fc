package org.practiceaudit.html;

import static org.practiceaudit.html.Html.cell;
import static org.practiceaudit.html.Html.closeTable;
import static org.practiceaudit.html.Html.escape;
import static org.practiceaudit.html.Html.head;
import static org.practiceaudit.html.Html.monthLabel;
import static org.practiceaudit.html.Html.num;
import static org.practiceaudit.html.Html.openTable;
import static org.practiceaudit.html.Html.rowHead;
import static org.practiceaudit.html.Html.share;
import static org.practiceaudit.html.Html.shareWithInterval;

import java.util.ArrayList;
import java.util.List;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.AuditorCompliance;
import org.practiceaudit.core.report.GradeCount;
import org.practiceaudit.core.report.GradeDistribution;
import org.practiceaudit.core.report.MonthlyGrades;
import org.practiceaudit.core.report.MultiAgencyOverview;
import org.practiceaudit.core.timeliness.Compliance;

/**
 * The report's breakdowns by person and by month: compliance by auditor (Dorset's "followed up ...
 * on an individual basis", D12) and judgements by month of completion (Dorset's month-on-month
 * Good, Outstanding and Inadequate, D17), and the multi-agency overview's grades by area of work,
 * all agencies together and each agency on its own (London's "which areas of work are working well
 * and which need attention", L4, L14).
 *
 * <p>This class is immutable and thread-safe.
 */
final class BreakdownSections {

  private BreakdownSections() {}

  /** The table of compliance by auditor, with the same columns as compliance by month. */
  static void complianceByAuditor(StringBuilder h, AuditReport report) {
    List<AuditorCompliance> auditors = report.complianceByAuditor();
    if (auditors.isEmpty()) {
      return;
    }
    h.append("<section>\n<h2>Compliance by auditor</h2>\n<p>Each auditor's audits, on time,")
        .append(" late, overdue and not yet due, so that compliance can be followed up with each")
        .append(" auditor.</p>\n");
    openTable(h, "Compliance by auditor", false);
    head(
        h,
        "Auditor",
        List.of("Allocated", "On time", "Late", "Overdue", "Not yet due", "Share on time"));
    for (AuditorCompliance auditor : auditors) {
      Compliance c = auditor.compliance();
      rowHead(h, auditor.auditor().toString(), true);
      cell(h, c.allocated());
      cell(h, c.completedOnTime());
      cell(h, c.completedLate());
      cell(h, c.overdue());
      cell(h, c.pending());
      cell(h, share(c.onTime())).append("</tr>\n");
    }
    closeTable(h);
    h.append("</section>\n");
  }

  /**
   * Judgements by month of completion: a bar per month split by grade, then the table of counts and
   * shares with good or better.
   */
  static void gradesByMonth(StringBuilder h, AuditReport report) {
    List<MonthlyGrades> months = report.gradesByMonth();
    if (months.isEmpty()) {
      return;
    }
    h.append("<section>\n<h2>Judgements by month</h2>\n");
    h.append("<p>The overall judgements of the audits completed in each month.</p>\n");
    for (MonthlyGrades month : months) {
      h.append(
              "<div style=\"display:grid;grid-template-columns:7rem 1fr;align-items:center;"
                  + "gap:.75rem\"><span>")
          .append(escape(monthLabel(month.month())))
          .append("</span>");
      stack(h, month);
      h.append("</div>\n");
    }
    List<String> columns = new ArrayList<>(List.of("Graded"));
    months.get(0).grades().grades().forEach(g -> columns.add(g.label()));
    columns.add("Good or better");
    openTable(h, "Judgements by month of completion", true);
    head(h, "Month", columns);
    for (MonthlyGrades month : months) {
      rowHead(h, monthLabel(month.month()));
      cell(h, month.grades().graded());
      for (GradeCount g : month.grades().grades()) {
        cell(h, g.count() + " (" + num(g.tenthsOfPercent() / 10.0, 1) + "%)");
      }
      cell(h, shareWithInterval(month.grades().goodOrBetter())).append("</tr>\n");
    }
    closeTable(h);
    h.append("</section>\n");
  }

  /**
   * The table of the grades given to each area of work (each section of the audit tool): every
   * agency's together, then each agency's own, so that the areas working well and those needing
   * attention show on a multi-agency and a single-agency basis (L4, L14).
   */
  static void gradesByArea(StringBuilder h, MultiAgencyOverview o) {
    if (o.byArea().isEmpty()) {
      return;
    }
    List<String> columns = new ArrayList<>(List.of("Graded"));
    o.byArea().values().iterator().next().grades().forEach(g -> columns.add(g.label()));
    columns.add("Good or better");
    openTable(h, "Grades by area of work, all agencies and each agency", true);
    h.append("<thead><tr><th scope=\"col\">Area</th><th scope=\"col\">Agency</th>");
    columns.forEach(
        c -> h.append("<th scope=\"col\" class=\"n\">").append(escape(c)).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
    o.byArea()
        .forEach(
            (area, all) -> {
              areaRow(h, area, "all agencies", all);
              o.byAgencyAndArea()
                  .forEach(
                      (agency, areas) -> {
                        if (areas.containsKey(area)) {
                          areaRow(h, area, agency, areas.get(area));
                        }
                      });
            });
    closeTable(h);
  }

  private static void areaRow(StringBuilder h, String area, String agency, GradeDistribution d) {
    rowHead(h, area).append("<td>").append(escape(agency)).append("</td>");
    cell(h, d.graded());
    for (GradeCount g : d.grades()) {
      cell(h, g.count() + " (" + num(g.tenthsOfPercent() / 10.0, 1) + "%)");
    }
    cell(h, shareWithInterval(d.goodOrBetter())).append("</tr>\n");
  }

  private static void stack(StringBuilder h, MonthlyGrades month) {
    h.append("<div class=\"stack\" role=\"img\" aria-label=\"Judgements in ")
        .append(escape(monthLabel(month.month())))
        .append("\">");
    for (GradeCount g : month.grades().grades()) {
      if (g.tenthsOfPercent() > 0) {
        h.append("<span style=\"width:")
            .append(num(g.tenthsOfPercent() / 10.0, 1))
            .append("%;")
            .append(ChartSections.gradeFill(g.rank()))
            .append("\" title=\"")
            .append(escape(g.label()))
            .append(": ")
            .append(g.count())
            .append("\"></span>");
      }
    }
    h.append("</div>");
  }
}
