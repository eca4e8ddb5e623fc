package org.practiceaudit.html;

import static org.practiceaudit.html.Html.cell;
import static org.practiceaudit.html.Html.chartHint;
import static org.practiceaudit.html.Html.closeTable;
import static org.practiceaudit.html.Html.escape;
import static org.practiceaudit.html.Html.head;
import static org.practiceaudit.html.Html.monthLabel;
import static org.practiceaudit.html.Html.monthName;
import static org.practiceaudit.html.Html.num;
import static org.practiceaudit.html.Html.openTable;
import static org.practiceaudit.html.Html.percent;
import static org.practiceaudit.html.Html.rowHead;
import static org.practiceaudit.html.Html.share;
import static org.practiceaudit.html.Html.stat;
import static org.practiceaudit.html.Html.statTitle;
import static org.practiceaudit.html.Html.svgOpen;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.DomainResult;
import org.practiceaudit.core.report.GradeCount;
import org.practiceaudit.core.report.GradeDistribution;
import org.practiceaudit.core.report.MonthlyAverage;
import org.practiceaudit.core.report.MonthlyCompliance;
import org.practiceaudit.core.report.Trend;
import org.practiceaudit.core.timeliness.Compliance;

/**
 * The sections of a report with a chart, each followed by the table of the same figures: compliance
 * by month, average score by domain, month on month and the grade distribution.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ChartSections {

  private ChartSections() {}

  /**
   * The fills of grades by rank, best first: ColorBrewer's 4-class red-blue (safe for colour-blind
   * readers and apart in greyscale), then further colours for longer scales. Every other rank is
   * also striped, and every legend and segment names its grade and figures, so colour is never the
   * only cue.
   */
  private static final String[] GRADE_COLOURS = {
    "#0571b0", "#92c5de", "#f4a582", "#ca0020", "#5e3c99", "#b2abd2", "#e66101", "#404040"
  };

  /**
   * Line colours of the trend chart (Okabe and Ito's palette), each line also dashed its own way.
   */
  private static final String[] LINE_COLOURS = {
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"
  };

  private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"};

  /**
   * The compliance chart: one bar per month with its percentage, on a 0 to 100% axis, drawn at its
   * own size (the text keeps its size whether there is one month or twenty-four; a long chart
   * scrolls sideways), followed by the table of the same figures.
   */
  static void compliance(StringBuilder h, AuditReport report) {
    h.append("<section>\n<h2>Audit compliance</h2>\n<p>")
        .append(report.compliance().completedOnTime())
        .append(" of ")
        .append(report.compliance().allocated())
        .append(" allocated audits completed on time: ")
        .append(percent(report.compliance().onTime()))
        .append(". ")
        .append(report.compliance().completedLate())
        .append(" late, ")
        .append(report.compliance().notCompleted())
        .append(" not completed (")
        .append(report.compliance().overdue())
        .append(" overdue, ")
        .append(report.compliance().pending())
        .append(" not yet due).</p>\n");
    List<MonthlyCompliance> months = report.complianceByMonth();
    if (!months.isEmpty()) {
      complianceChart(h, months);
      complianceTable(h, months);
    }
    h.append("</section>\n");
  }

  /** The bars of the compliance chart, one per month, on a 0 to 100% axis. */
  /** A horizontal grid line across a chart at height {@code y}, labelled on the left. */
  private static void gridLine(
      StringBuilder h, int left, int width, int y, String stroke, String label) {
    h.append("<line x1=\"")
        .append(left)
        .append("\" y1=\"")
        .append(y)
        .append("\" x2=\"")
        .append(width - 6)
        .append("\" y2=\"")
        .append(y)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\"/>\n<text x=\"")
        .append(left - 6)
        .append("\" y=\"")
        .append(y + 4)
        .append("\" text-anchor=\"end\">")
        .append(label)
        .append("</text>\n");
  }

  /** A month's name under a chart's axis at {@code x}, with its year on the first and January. */
  private static void axisMonth(StringBuilder h, int x, int base, YearMonth month, boolean first) {
    h.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(base + 16)
        .append("\" text-anchor=\"middle\">")
        .append(monthName(month))
        .append("</text>\n");
    if (first || month.getMonthValue() == 1) {
      h.append("<text x=\"")
          .append(x)
          .append("\" y=\"")
          .append(base + 31)
          .append("\" text-anchor=\"middle\">")
          .append(month.getYear())
          .append("</text>\n");
    }
  }

  private static void complianceChart(StringBuilder h, List<MonthlyCompliance> months) {
    int left = 48;
    int step = 36;
    int top = 20;
    int plot = 140;
    int width = Math.max(160, left + step * months.size() + 12);
    int height = top + plot + 40;
    int base = top + plot;
    chartHint(h, width);
    h.append("<div class=\"scroll\">");
    svgOpen(h, width, height, "Compliance by month");
    for (int pct = 0; pct <= 100; pct += 25) {
      gridLine(h, left, width, base - plot * pct / 100, pct == 0 ? "#555" : "#ddd", pct + "%");
    }
    for (int i = 0; i < months.size(); i++) {
      MonthlyCompliance month = months.get(i);
      Proportion onTime = month.compliance().onTime();
      int x = left + 6 + step * i;
      int centre = x + 12;
      if (onTime.total() > 0) {
        int barHeight = (int) Math.round(plot * (double) onTime.count() / onTime.total());
        h.append("<rect x=\"")
            .append(x)
            .append("\" y=\"")
            .append(base - barHeight)
            .append("\" width=\"24\" height=\"")
            .append(barHeight)
            .append("\" fill=\"#0571b0\"/>\n");
        h.append("<text x=\"")
            .append(centre)
            .append("\" y=\"")
            .append(base - barHeight - 4)
            .append("\" text-anchor=\"middle\">")
            .append(num(100.0 * onTime.count() / onTime.total(), 0))
            .append("%</text>\n");
      } else {
        h.append("<text x=\"")
            .append(centre)
            .append("\" y=\"")
            .append(base - 4)
            .append("\" text-anchor=\"middle\">\u2013</text>\n");
      }
      axisMonth(h, centre, base, month.month(), i == 0);
    }
    h.append("</svg></div>\n");
  }

  /** The table of compliance by month of allocation. */
  private static void complianceTable(StringBuilder h, List<MonthlyCompliance> months) {
    openTable(h, "Compliance by month of allocation", false);
    head(
        h,
        "Month",
        List.of("Allocated", "On time", "Late", "Overdue", "Not yet due", "Share on time"));
    for (MonthlyCompliance month : months) {
      Compliance c = month.compliance();
      rowHead(h, monthLabel(month.month()));
      cell(h, c.allocated());
      cell(h, c.completedOnTime());
      cell(h, c.completedLate());
      cell(h, c.overdue());
      cell(h, c.pending());
      cell(h, share(c.onTime())).append("</tr>\n");
    }
    closeTable(h);
  }

  /**
   * The domains' averages as bars with their full names (which wrap), then the table of figures.
   */
  static void domains(StringBuilder h, AuditReport report) {
    h.append("<section>\n<h2>Average score by domain</h2>\n<p>Overall average ")
        .append(stat(report.overallAverage(), 1))
        .append(" over ")
        .append(report.scoredAudits())
        .append(" scored audits (each audit's average over its applicable domains; N/A excluded).");
    report
        .weakestDomain()
        .ifPresent(d -> h.append(" Weakest: ").append(escape(title(report, d))).append('.'));
    report
        .strongestDomain()
        .ifPresent(d -> h.append(" Strongest: ").append(escape(title(report, d))).append('.'));
    h.append("</p>\n");
    List<DomainResult> domains = report.domains();
    h.append("<div class=\"bars\" role=\"img\" aria-label=\"Average score by domain\">\n");
    for (DomainResult d : domains) {
      double share =
          d.average().isComputable()
              ? (d.average().orElse(0) - d.scaleMin()) / Math.max(1, d.scaleMax() - d.scaleMin())
              : 0;
      h.append("<div class=\"bar\"><span class=\"label\">")
          .append(escape(d.title()))
          .append("</span><span class=\"track\"><span class=\"fill\" style=\"width:")
          .append(num(100 * Math.max(0, Math.min(1, share)), 1))
          .append("%\"></span></span><span class=\"value\">")
          .append(stat(d.average(), 1))
          .append("</span></div>\n");
    }
    h.append("</div>\n");
    domainTable(h, domains);
    h.append("</section>\n");
  }

  private static void domainTable(StringBuilder h, List<DomainResult> domains) {
    openTable(h, "Average score by domain", false);
    head(h, "Domain", List.of("Average", "Scale", "Scored", "N/A", "Not scored"));
    for (DomainResult d : domains) {
      rowHead(h, d.title())
          .append("<td class=\"n\"")
          .append(statTitle(d.average()))
          .append('>')
          .append(stat(d.average(), 1))
          .append("</td>");
      cell(h, d.scaleMin() + "\u2013" + d.scaleMax());
      cell(h, d.scored());
      cell(h, d.notApplicable());
      cell(h, d.notScored()).append("</tr>\n");
    }
    closeTable(h);
  }

  private static String title(AuditReport report, String domainId) {
    for (DomainResult d : report.domains()) {
      if (d.domainId().equals(domainId)) {
        return d.title();
      }
    }
    return domainId;
  }

  /**
   * The averages by month: a line per domain on the score scale, drawn at its own size with an
   * axis, each line coloured and dashed its own way and named in full in the legend below, then the
   * table.
   */
  static void trends(StringBuilder h, AuditReport report) {
    h.append("<section>\n<h2>Month on month</h2>\n");
    List<MonthlyAverage> months = report.overallTrend().months();
    List<Trend> lines = new ArrayList<>();
    lines.add(report.overallTrend());
    lines.addAll(report.domainTrends());
    if (months.size() >= 2) {
      trendChart(h, report, months, lines);
    }
    openTable(h, "Average score by month", months.size() > 3);
    List<String> columns = new ArrayList<>();
    months.forEach(m -> columns.add(monthLabel(m.month())));
    head(h, "Domain", columns, true, Optional.of("Latest change"));
    trendRow(h, "Overall", report.overallTrend());
    for (Trend trend : report.domainTrends()) {
      trendRow(h, title(report, trend.domainId()), trend);
    }
    closeTable(h);
    h.append("</section>\n");
  }

  /** The trend chart: a line per domain on the score scale, with its axis and its legend. */
  private static void trendChart(
      StringBuilder h, AuditReport report, List<MonthlyAverage> months, List<Trend> lines) {
    int left = 40;
    int step = 36;
    int top = 12;
    int plot = 150;
    int width = Math.max(200, left + 28 + step * (months.size() - 1) + 28);
    int base = top + plot;
    chartHint(h, width);
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (DomainResult d : report.domains()) {
      min = Math.min(min, d.scaleMin());
      max = Math.max(max, d.scaleMax());
    }
    h.append("<div class=\"scroll\">");
    svgOpen(h, width, base + 40, "Average score by month");
    int span = Math.max(1, max - min);
    int every = span <= 10 ? 1 : (span + 9) / 10;
    for (int v = min; v <= max; v += every) {
      int y = (int) Math.round(base - plot * (double) (v - min) / span);
      gridLine(h, left, width, y, v == min ? "#555" : "#e4e4e4", Integer.toString(v));
    }
    for (int i = 0; i < months.size(); i++) {
      int x = left + 28 + step * i;
      YearMonth month = months.get(i).month();
      axisMonth(h, x, base, month, i == 0);
    }
    for (int t = 0; t < lines.size(); t++) {
      Trend trend = lines.get(t);
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < trend.months().size(); i++) {
        Statistic average = trend.months().get(i).average();
        if (average.isComputable()) {
          double y = base - plot * scaled(report, trend.domainId(), average.orElse(0));
          points
              .append(points.length() == 0 ? "" : " ")
              .append(left + 28 + step * i)
              .append(',')
              .append(num(y, 1));
        }
      }
      h.append("<polyline fill=\"none\"")
          .append(lineStyle(t))
          .append(" points=\"")
          .append(points)
          .append("\"/>\n");
    }
    h.append("</svg></div>\n<ul class=\"legend\">\n");
    for (int t = 0; t < lines.size(); t++) {
      h.append("<li><svg width=\"30\" height=\"10\" viewBox=\"0 0 30 10\" aria-hidden=\"true\">")
          .append("<line x1=\"0\" y1=\"5\" x2=\"30\" y2=\"5\"")
          .append(lineStyle(t))
          .append("/></svg>")
          .append(escape(t == 0 ? "Overall" : title(report, lines.get(t).domainId())))
          .append("</li>\n");
    }
    h.append("</ul>\n");
  }

  /**
   * The stroke of line {@code t}: the overall line black and thick, the others coloured and dashed.
   */
  private static String lineStyle(int t) {
    if (t == 0) {
      return " stroke=\"#000\" stroke-width=\"3\"";
    }
    String dash = DASHES[(t - 1) % DASHES.length];
    return " stroke=\""
        + LINE_COLOURS[(t - 1) % LINE_COLOURS.length]
        + "\" stroke-width=\"2\""
        + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
  }

  private static double scaled(AuditReport report, String domainId, double value) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (DomainResult d : report.domains()) {
      if (d.domainId().equals(domainId) || domainId.equals("overall")) {
        min = Math.min(min, d.scaleMin());
        max = Math.max(max, d.scaleMax());
      }
    }
    return max > min ? (value - min) / (max - min) : 0;
  }

  private static void trendRow(StringBuilder h, String name, Trend trend) {
    rowHead(h, name);
    for (MonthlyAverage m : trend.months()) {
      cell(h, stat(m.average(), 1));
    }
    h.append("<td class=\"note\">")
        .append(escape(trend.latestChange().map(c -> c.note()).orElse("\u2013")))
        .append("</td></tr>\n");
  }

  /** The fill of a grade: its colour, striped for every other rank. */
  static String gradeFill(int rank) {
    String colour = GRADE_COLOURS[rank % GRADE_COLOURS.length];
    return rank % 2 == 1
        ? "background:repeating-linear-gradient(45deg," + colour + " 0 6px,#fff 6px 8px)"
        : "background:" + colour;
  }

  static void grades(StringBuilder h, String heading, String caption, GradeDistribution grades) {
    h.append("<section>\n<h2>")
        .append(escape(heading))
        .append("</h2>\n<p>")
        .append(grades.graded())
        .append(" graded; good or better: ")
        .append(percent(grades.goodOrBetter()))
        .append(".</p>\n");
    h.append("<div class=\"stack\" role=\"img\" aria-label=\"Grade distribution\">");
    for (GradeCount g : grades.grades()) {
      if (g.tenthsOfPercent() > 0) {
        h.append("<span style=\"width:")
            .append(num(g.tenthsOfPercent() / 10.0, 1))
            .append("%;")
            .append(gradeFill(g.rank()))
            .append("\" title=\"")
            .append(escape(g.label()))
            .append(": ")
            .append(g.count())
            .append(" (")
            .append(num(g.tenthsOfPercent() / 10.0, 1))
            .append("%)\"></span>");
      }
    }
    h.append("</div>\n<ul class=\"legend\">\n");
    for (GradeCount g : grades.grades()) {
      h.append("<li><span class=\"swatch\" style=\"")
          .append(gradeFill(g.rank()))
          .append("\"></span>")
          .append(escape(g.label()))
          .append(": ")
          .append(g.count())
          .append(" (")
          .append(num(g.tenthsOfPercent() / 10.0, 1))
          .append("%)</li>\n");
    }
    h.append("</ul>\n");
    openTable(h, caption, false);
    head(h, "Grade", List.of("Audits", "Share"));
    for (GradeCount g : grades.grades()) {
      rowHead(h, g.label());
      cell(h, g.count());
      cell(h, num(g.tenthsOfPercent() / 10.0, 1) + "%").append("</tr>\n");
    }
    closeTable(h);
    h.append("</section>\n");
  }
}
