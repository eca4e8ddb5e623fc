package org.practiceaudit.html;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.agreement.AgreementSummary;
import org.practiceaudit.core.agreement.ConfidenceInterval;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.report.ActionSummary;
import org.practiceaudit.core.report.AgencyComparison;
import org.practiceaudit.core.quota.RoleQuotaStatus;
import org.practiceaudit.core.programme.EntryProgress;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.programme.ProgrammeProgress;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.AuditorMovement;
import org.practiceaudit.core.report.CohortResult;
import org.practiceaudit.core.report.DomainResult;
import org.practiceaudit.core.report.EscalationLine;
import org.practiceaudit.core.report.GradeCount;
import org.practiceaudit.core.report.GradeDistribution;
import org.practiceaudit.core.report.MonthlyAverage;
import org.practiceaudit.core.report.MonthlyCompliance;
import org.practiceaudit.core.report.MultiAgencyOverview;
import org.practiceaudit.core.report.Trend;
import org.practiceaudit.core.region.Figure;
import org.practiceaudit.core.region.PartFigures;
import org.practiceaudit.core.region.RegionalComparison;
import org.practiceaudit.core.region.SmallCountSuppression;
import org.practiceaudit.core.timeliness.Compliance;

/**
 * Renders an audit report as one self-contained HTML page for people.
 *
 * <p>The page has charts (compliance by month and trend lines as inline SVG drawn at their own size, so
 * their text never scales; average score per domain and the grade distribution as bars in HTML, with full
 * names that wrap), each followed by a captioned table of the same figures, and tables for the rest, their
 * headers scoped; no scripts and no external resources, a print stylesheet, and a layout that reads on a
 * phone (wide tables scroll sideways with their row headers in view). Grades are told apart by colours
 * safe for colour-blind readers, by stripes and by their names and figures, never by colour alone. Every text from the report (titles, ids, labels,
 * notes) is escaped for HTML. The output is a pure function of its inputs: the same report gives the
 * same bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlReport {

  /**
   * The fills of grades by rank, best first: ColorBrewer's 4-class red-blue (safe for colour-blind
   * readers and apart in greyscale), then further colours for longer scales. Every other rank is also
   * striped, and every legend and segment names its grade and figures, so colour is never the only cue.
   */
  private static final String[] GRADE_COLOURS =
      {"#0571b0", "#92c5de", "#f4a582", "#ca0020", "#5e3c99", "#b2abd2", "#e66101", "#404040"};

  /** Line colours of the trend chart (Okabe and Ito's palette), each line also dashed its own way. */
  private static final String[] LINE_COLOURS = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"};

  private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"};

  static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0;color:#1a1a1a;"
          + "background:#fff;line-height:1.45;-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
          + "main{max-width:60rem;margin:0 auto;padding:1rem}\n"
          + "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;border-bottom:2px solid #ddd;"
          + "padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem}\n"
          + ".meta,.note{color:#444;font-size:.95rem}\n"
          + "table{border-collapse:separate;border-spacing:0;width:100%;margin:.25rem 0 1rem;font-size:.92rem;"
          + "border-top:1px solid #ccc;border-left:1px solid #ccc}\n"
          + "caption{caption-side:top;text-align:left;font-weight:600;padding:.4rem 0 .3rem}\n"
          + "th,td{border-right:1px solid #ccc;border-bottom:1px solid #ccc;padding:.3rem .45rem;text-align:left;"
          + "vertical-align:top}\n"
          + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}\n"
          + "thead th{background:#f2f2f2}tbody th{font-weight:normal}th.code{white-space:nowrap}td.note{min-width:14rem}\n"
          + "tbody th[scope=rowgroup]{background:#f7f7f7;font-weight:600}\n"
          + ".ci{display:block;font-size:.8em;color:#444;white-space:nowrap}\n"
          + ".scroll{overflow-x:auto;max-width:100%}\n"
          + ".scroll tbody th[scope=row]{position:sticky;left:0;background:#fff}\n"
          + ".hint{display:none;color:#444;font-size:.85rem;margin:.25rem 0 0}\n"
          + "svg{display:block;max-width:none;margin:.5rem 0}\n"
          + "svg text{font-size:12px;fill:#1a1a1a}\n"
          + ".bars{margin:.75rem 0}.bar{display:grid;grid-template-columns:minmax(10rem,18rem) 1fr 3rem;"
          + "gap:.2rem .6rem;align-items:center;margin:.35rem 0}\n"
          + ".track{background:#e6e6e6;height:1.1rem}.fill{display:block;background:#52708f;height:100%}\n"
          + ".value{text-align:right;font-variant-numeric:tabular-nums}\n"
          + ".stack{display:flex;height:2rem;border:1px solid #333;margin:.5rem 0}\n"
          + ".stack span{display:block;height:100%}.stack span+span{border-left:2px solid #fff}\n"
          + ".legend{list-style:none;padding:0;margin:.25rem 0 .75rem;display:flex;flex-wrap:wrap;gap:.3rem 1.4rem}\n"
          + ".swatch{display:inline-block;width:1.6rem;height:1rem;border:1px solid #333;vertical-align:-.15rem;"
          + "margin-right:.4rem}\n"
          + ".legend svg{display:inline-block;vertical-align:middle;margin:0 .4rem 0 0}\n"
          + "@media (max-width:40rem){main{padding:.5rem}table{font-size:.8rem}th,td{padding:.2rem .25rem}"
          + "h1{font-size:1.3rem}.bar{grid-template-columns:1fr 2.5rem}.bar .label{grid-column:1/-1}"
          + ".hint{display:block}}\n"
          + "@media print{body{font-size:10pt}main{max-width:none;padding:0}section{break-inside:avoid}"
          + ".scroll{overflow:visible}.scroll tbody th[scope=row]{position:static}.hint{display:none}h2{break-after:avoid}tr{break-inside:avoid}}\n";

  private HtmlReport() {}

  /**
   * Renders a report; escalation categories are shown by number.
   *
   * @param title the page title, any text (escaped); not null
   * @param report the report; not null
   * @return the HTML page
   */
  public static String render(String title, AuditReport report) {
    return render(title, report, List.of(), Optional.empty());
  }

  /**
   * Renders a report with a multi-agency overview; escalation categories are shown by number.
   *
   * @param title the page title, any text (escaped); not null
   * @param report the report; not null
   * @param overview the multi-agency overview, if any; not null
   * @return the HTML page
   */
  public static String render(String title, AuditReport report, Optional<MultiAgencyOverview> overview) {
    return render(title, report, List.of(), overview);
  }

  /**
   * Renders a report with the framework's escalation categories, so that each category is shown with its
   * name (such as Dudley's "2: Inadequate with action required"), and a multi-agency overview, if any.
   *
   * @param title the page title, any text (escaped); not null
   * @param report the report; not null
   * @param categories the framework's escalation categories (a category not among them is shown by
   *     number); not null
   * @param overview the multi-agency overview, if any; not null
   * @return the HTML page
   */
  public static String render(String title, AuditReport report, List<EscalationCategory> categories,
      Optional<MultiAgencyOverview> overview) {
    return render(title, report, categories, overview, Optional.empty());
  }

  /**
   * Renders a report as {@link #render(String, AuditReport, List, Optional)} does, with the audit
   * programme's progress (planned against done, entry by entry) after the compliance section.
   *
   * @param title the page title, any text (escaped); not null
   * @param report the report; not null
   * @param categories the framework's escalation categories, to name them; not null
   * @param overview the multi-agency overview, if any; not null
   * @param programme the programme's progress, if the framework has a programme; not null
   * @return the HTML page
   */
  public static String render(String title, AuditReport report, List<EscalationCategory> categories,
      Optional<MultiAgencyOverview> overview, Optional<ProgrammeProgress> programme) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(overview, "overview");
    StringBuilder h = page(title, STYLE);
    h.append("<p class=\"meta\">As of ").append(escape(report.asOfDate().toString())).append(": ")
        .append(report.audits()).append(" audits allocated, ").append(report.completed())
        .append(" completed.</p>\n");
    sections(h, report, categories);
    programme.ifPresent(p -> programme(h, p));
    overview.ifPresent(o -> multiAgency(h, o));
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void sections(StringBuilder h, AuditReport report, List<EscalationCategory> categories) {
    compliance(h, report);
    domains(h, report);
    trends(h, report);
    grades(h, "Judgements", "Judgements by grade", report.grades());
    cohorts(h, report.cohorts());
    escalations(h, report.escalations(), categories, report.actions());
    quotas(h, report.quotas().roles());
    moderation(h, report);
  }

  /** The symbol of a figure not published under a small-count rule (as the Government Statistical Service writes it). */
  public static final String SUPPRESSED = "[c]";

  /**
   * Renders a regional report: each part beside the whole, then, when nothing is suppressed, the report of
   * the whole. Under an active small-count rule only the table is published, its hidden figures shown as
   * {@value #SUPPRESSED}, and the page says what was suppressed and why.
   *
   * @param title the page title, any text (escaped); not null
   * @param comparison the parts beside the whole; not null
   * @param whole the report of the whole, rendered below the table unless the comparison's rule is
   *     active; not null
   * @param categories the framework's escalation categories, for the report of the whole; not null
   * @return the HTML page
   */
  public static String renderRegional(String title, RegionalComparison comparison, AuditReport whole,
      List<EscalationCategory> categories) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(categories, "categories");
    StringBuilder h = page(title, STYLE);
    List<String> names = new ArrayList<>();
    comparison.parts().forEach(p -> names.add(p.name()));
    h.append("<p class=\"meta\">As of ").append(escape(whole.asOfDate().toString())).append(": ")
        .append(names.size()).append(names.size() == 1 ? " part merged (" : " parts merged (")
        .append(escape(String.join(", ", names))).append("), ").append(whole.audits())
        .append(" audits allocated in all.</p>\n");
    boolean suppressed = comparison.rule().isActive();
    if (suppressed) {
      h.append("<p class=\"note\">").append(escape(suppressionNote(comparison.rule()))).append("</p>\n");
    }
    h.append("<section>\n<h2>Each part beside the whole</h2>\n");
    openTable(h, "Each part beside the whole" + (suppressed ? " (" + SUPPRESSED + ": not published)" : ""), true);
    List<String> columns = new ArrayList<>();
    for (Figure figure : List.of(Figure.AUDITS, Figure.COMPLETED, Figure.COMPLETED_ON_TIME, Figure.COMPLETED_LATE,
        Figure.OVERDUE, Figure.PENDING)) {
      columns.add(figure.label());
    }
    columns.add("Compliance");
    columns.add(Figure.SCORED_AUDITS.label());
    columns.add("Average score");
    columns.add(Figure.GRADED.label());
    columns.add(Figure.GOOD_OR_BETTER.label());
    columns.add("Good or better %");
    columns.add(Figure.ESCALATIONS_RAISED.label());
    columns.add(Figure.ACTIONS_OUTSTANDING.label());
    head(h, "Part", columns);
    List<PartFigures> rows = comparison.rows();
    for (int r = 0; r < rows.size(); r++) {
      boolean isWhole = r == rows.size() - 1;
      h.append("<tr><th scope=\"row\">").append(isWhole ? "<strong>Whole</strong>" : escape(rows.get(r).name()))
          .append("</th>");
      for (Figure figure : List.of(Figure.AUDITS, Figure.COMPLETED, Figure.COMPLETED_ON_TIME,
          Figure.COMPLETED_LATE, Figure.OVERDUE, Figure.PENDING)) {
        cell(h, comparison.published(r, figure));
      }
      cell(h, comparison.compliance(r),
          comparison.isHidden(r, Figure.COMPLETED_ON_TIME) || comparison.isHidden(r, Figure.AUDITS), true);
      cell(h, comparison.published(r, Figure.SCORED_AUDITS));
      cell(h, comparison.average(r), comparison.isHidden(r, Figure.SCORED_AUDITS), false);
      cell(h, comparison.published(r, Figure.GRADED));
      cell(h, comparison.published(r, Figure.GOOD_OR_BETTER));
      cell(h, comparison.goodOrBetter(r),
          comparison.isHidden(r, Figure.GOOD_OR_BETTER) || comparison.isHidden(r, Figure.GRADED), true);
      cell(h, comparison.published(r, Figure.ESCALATIONS_RAISED));
      cell(h, comparison.published(r, Figure.ACTIONS_OUTSTANDING));
      h.append("</tr>\n");
    }
    closeTable(h);
    h.append("</section>\n");
    if (!suppressed) {
      h.append("<h2>The whole</h2>\n");
      sections(h, whole, categories);
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * Starts a page of this look: the document head with its style sheet, the body and the main heading; the
   * caller appends the rest and closes with {@code </main></body></html>}.
   *
   * @param title the page's title and main heading, any text (escaped)
   * @param style the style sheet
   * @return the page so far
   */
  static StringBuilder page(String title, String style) {
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(style)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(escape(title)).append("</h1>\n");
    return h;
  }

  /**
   * Says in words what a small-count rule hides, for the page and for the JSON that carries the same
   * figures.
   *
   * @param rule the rule; not null
   * @return the note
   */
  public static String suppressionNote(SmallCountSuppression rule) {
    Objects.requireNonNull(rule, "rule");
    int n = rule.threshold();
    return "Small counts are suppressed for publication: counts from 1 to " + (n - 1) + " are not published, nor"
        + " any count from which one could be worked out by subtraction (within a row, or from the whole and"
        + " the other parts), nor a share whose count or base is not published, nor an average score whose"
        + " number of scored audits is not published. Zero is published. " + SUPPRESSED + " marks what is not"
        + " published. Only this table is published: the whole's detailed figures (domains, months, cohorts,"
        + " escalations by category, moderation) are not.";
  }

  /** A count, or {@value #SUPPRESSED} where it is not published. */
  private static void cell(StringBuilder h, java.util.OptionalLong value) {
    h.append("<td class=\"n\">").append(value.isPresent() ? Long.toString(value.getAsLong()) : SUPPRESSED)
        .append("</td>");
  }

  /** A share or average: {@value #SUPPRESSED} where not published, a dash where there is nothing to divide. */
  private static void cell(StringBuilder h, java.util.OptionalDouble value, boolean hidden, boolean percent) {
    h.append("<td class=\"n\">").append(hidden ? SUPPRESSED : value.isPresent()
        ? (percent ? num(100 * value.getAsDouble(), 1) + "%" : num(value.getAsDouble(), 2)) : "\u2013")
        .append("</td>");
  }

  /**
   * Escapes text for HTML element content and quoted attribute values.
   *
   * @param text any text; not null
   * @return the text with {@code & < > " '} replaced by character references
   */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static String num(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static String stat(Statistic statistic, int decimals) {
    return statistic.isComputable() ? num(statistic.orElse(0), decimals) : "\u2013";
  }

  private static String statTitle(Statistic statistic) {
    return statistic.reason().map(r -> " title=\"" + escape(r) + "\"").orElse("");
  }

  /** The share as a percentage, such as {@code 84.0%}, or a dash when nothing was counted. */
  private static String share(Proportion p) {
    return p.total() == 0 ? "\u2013" : num(100.0 * p.count() / p.total(), 1) + "%";
  }

  /** The share and, on a line of its own that never wraps, its 95% Wilson interval. */
  private static String shareWithInterval(Proportion p) {
    Optional<ConfidenceInterval> ci = p.wilson95();
    return share(p) + ci.map(c -> "<span class=\"ci\">95% CI " + num(100 * c.lower(), 1) + "\u2013"
        + num(100 * c.upper(), 1) + "%</span>").orElse("");
  }

  private static String percent(Proportion p) {
    if (p.total() == 0) {
      return "\u2013";
    }
    return share(p) + p.wilson95().map(c -> " (95% CI " + num(100 * c.lower(), 1) + "\u2013"
        + num(100 * c.upper(), 1) + "%)").orElse("");
  }

  /**
   * Opens a table with its caption, in a container that scrolls sideways should the table be wider than
   * the screen (its row headers kept in view); a table expected to be wider than a phone ({@code wide})
   * also gets a hint, shown on narrow screens only.
   */
  private static void openTable(StringBuilder h, String caption, boolean wide) {
    if (wide) {
      h.append("<p class=\"hint\">Wide table: scroll sideways to see every column.</p>\n");
    }
    h.append("<div class=\"scroll\"><table>\n<caption>").append(escape(caption)).append("</caption>\n");
  }

  private static void closeTable(StringBuilder h) {
    h.append("</tbody>\n</table></div>\n");
  }

  /** Appends a header row: the first header names the rows, the others head columns of numbers. */
  private static void head(StringBuilder h, String first, List<String> numbers) {
    head(h, first, numbers, false, Optional.empty());
  }

  /**
   * Appends a header row, with a last column of text, if any, after the columns of numbers; headers of
   * numbers that are short codes ({@code codes}, such as months) are kept on one line.
   */
  private static void head(StringBuilder h, String first, List<String> numbers, boolean codes,
      Optional<String> text) {
    h.append("<thead><tr><th scope=\"col\">").append(escape(first)).append("</th>");
    for (String name : numbers) {
      h.append("<th scope=\"col\" class=\"").append(codes ? "n code" : "n").append("\">")
          .append(escape(name)).append("</th>");
    }
    text.ifPresent(t -> h.append("<th scope=\"col\">").append(escape(t)).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
  }

  private static StringBuilder rowHead(StringBuilder h, String name) {
    return rowHead(h, name, false);
  }

  /** A row header; a short code (a month, an id) is kept on one line. */
  private static StringBuilder rowHead(StringBuilder h, String name, boolean code) {
    return h.append(code ? "<tr><th scope=\"row\" class=\"code\">" : "<tr><th scope=\"row\">").append(escape(name))
        .append("</th>");
  }

  /** A chart wider than a phone gets the hint that it scrolls sideways, shown on narrow screens only. */
  private static void chartHint(StringBuilder h, int width) {
    if (width > 360) {
      h.append("<p class=\"hint\">Wide chart: scroll sideways to see every month.</p>\n");
    }
  }

  private static StringBuilder cell(StringBuilder h, Object value) {
    return h.append("<td class=\"n\">").append(value).append("</td>");
  }

  private static String monthName(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
  }

  /** A month as people write it, such as {@code Nov 2026}. */
  private static String monthLabel(YearMonth month) {
    return monthName(month) + " " + month.getYear();
  }

  /**
   * The compliance chart: one bar per month with its percentage, on a 0 to 100% axis, drawn at its own
   * size (the text keeps its size whether there is one month or twenty-four; a long chart scrolls
   * sideways), followed by the table of the same figures.
   */
  private static void compliance(StringBuilder h, AuditReport report) {
    h.append("<section>\n<h2>Audit compliance</h2>\n<p>").append(report.compliance().completedOnTime())
        .append(" of ").append(report.compliance().allocated()).append(" allocated audits completed on time: ")
        .append(percent(report.compliance().onTime())).append(". ").append(report.compliance().completedLate())
        .append(" late, ").append(report.compliance().notCompleted()).append(" not completed (")
        .append(report.compliance().overdue()).append(" overdue, ").append(report.compliance().pending())
        .append(" not yet due).</p>\n");
    List<MonthlyCompliance> months = report.complianceByMonth();
    if (!months.isEmpty()) {
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
        int y = base - plot * pct / 100;
        h.append("<line x1=\"").append(left).append("\" y1=\"").append(y).append("\" x2=\"").append(width - 6)
            .append("\" y2=\"").append(y).append("\" stroke=\"").append(pct == 0 ? "#555" : "#ddd")
            .append("\"/>\n<text x=\"").append(left - 6).append("\" y=\"").append(y + 4)
            .append("\" text-anchor=\"end\">").append(pct).append("%</text>\n");
      }
      for (int i = 0; i < months.size(); i++) {
        MonthlyCompliance month = months.get(i);
        Proportion onTime = month.compliance().onTime();
        int x = left + 6 + step * i;
        int centre = x + 12;
        if (onTime.total() > 0) {
          int barHeight = (int) Math.round(plot * (double) onTime.count() / onTime.total());
          h.append("<rect x=\"").append(x).append("\" y=\"").append(base - barHeight)
              .append("\" width=\"24\" height=\"").append(barHeight).append("\" fill=\"#0571b0\"/>\n");
          h.append("<text x=\"").append(centre).append("\" y=\"").append(base - barHeight - 4)
              .append("\" text-anchor=\"middle\">").append(num(100.0 * onTime.count() / onTime.total(), 0))
              .append("%</text>\n");
        } else {
          h.append("<text x=\"").append(centre).append("\" y=\"").append(base - 4)
              .append("\" text-anchor=\"middle\">\u2013</text>\n");
        }
        h.append("<text x=\"").append(centre).append("\" y=\"").append(base + 16)
            .append("\" text-anchor=\"middle\">").append(monthName(month.month())).append("</text>\n");
        if (i == 0 || month.month().getMonthValue() == 1) {
          h.append("<text x=\"").append(centre).append("\" y=\"").append(base + 31)
              .append("\" text-anchor=\"middle\">").append(month.month().getYear()).append("</text>\n");
        }
      }
      h.append("</svg></div>\n");
      openTable(h, "Compliance by month of allocation", false);
      head(h, "Month", List.of("Allocated", "On time", "Late", "Overdue", "Not yet due", "Share on time"));
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
    h.append("</section>\n");
  }

  /** Opens an SVG drawn at its own size in CSS pixels, so that its text never scales. */
  private static void svgOpen(StringBuilder h, int width, int height, String label) {
    h.append("<svg width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(escape(label))
        .append("\">\n");
  }

  /** The domains' averages as bars with their full names (which wrap), then the table of figures. */
  private static void domains(StringBuilder h, AuditReport report) {
    h.append("<section>\n<h2>Average score by domain</h2>\n<p>Overall average ")
        .append(stat(report.overallAverage(), 1)).append(" over ").append(report.scoredAudits())
        .append(" scored audits (each audit's average over its applicable domains; N/A excluded).");
    report.weakestDomain().ifPresent(d -> h.append(" Weakest: ").append(escape(title(report, d))).append('.'));
    report.strongestDomain().ifPresent(d -> h.append(" Strongest: ").append(escape(title(report, d))).append('.'));
    h.append("</p>\n");
    List<DomainResult> domains = report.domains();
    h.append("<div class=\"bars\" role=\"img\" aria-label=\"Average score by domain\">\n");
    for (DomainResult d : domains) {
      double share = d.average().isComputable()
          ? (d.average().orElse(0) - d.scaleMin()) / Math.max(1, d.scaleMax() - d.scaleMin())
          : 0;
      h.append("<div class=\"bar\"><span class=\"label\">").append(escape(d.title()))
          .append("</span><span class=\"track\"><span class=\"fill\" style=\"width:")
          .append(num(100 * Math.max(0, Math.min(1, share)), 1)).append("%\"></span></span><span class=\"value\">")
          .append(stat(d.average(), 1)).append("</span></div>\n");
    }
    h.append("</div>\n");
    domainTable(h, domains);
    h.append("</section>\n");
  }

  private static void domainTable(StringBuilder h, List<DomainResult> domains) {
    openTable(h, "Average score by domain", false);
    head(h, "Domain", List.of("Average", "Scale", "Scored", "N/A", "Not scored"));
    for (DomainResult d : domains) {
      rowHead(h, d.title()).append("<td class=\"n\"").append(statTitle(d.average())).append('>')
          .append(stat(d.average(), 1)).append("</td>");
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
   * The averages by month: a line per domain on the score scale, drawn at its own size with an axis, each
   * line coloured and dashed its own way and named in full in the legend below, then the table.
   */
  private static void trends(StringBuilder h, AuditReport report) {
    h.append("<section>\n<h2>Month on month</h2>\n");
    List<MonthlyAverage> months = report.overallTrend().months();
    List<Trend> lines = new ArrayList<>();
    lines.add(report.overallTrend());
    lines.addAll(report.domainTrends());
    if (months.size() >= 2) {
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
        h.append("<line x1=\"").append(left).append("\" y1=\"").append(y).append("\" x2=\"").append(width - 6)
            .append("\" y2=\"").append(y).append("\" stroke=\"").append(v == min ? "#555" : "#e4e4e4")
            .append("\"/>\n<text x=\"").append(left - 6).append("\" y=\"").append(y + 4)
            .append("\" text-anchor=\"end\">").append(v).append("</text>\n");
      }
      for (int i = 0; i < months.size(); i++) {
        int x = left + 28 + step * i;
        YearMonth month = months.get(i).month();
        h.append("<text x=\"").append(x).append("\" y=\"").append(base + 16).append("\" text-anchor=\"middle\">")
            .append(monthName(month)).append("</text>\n");
        if (i == 0 || month.getMonthValue() == 1) {
          h.append("<text x=\"").append(x).append("\" y=\"").append(base + 31).append("\" text-anchor=\"middle\">")
              .append(month.getYear()).append("</text>\n");
        }
      }
      for (int t = 0; t < lines.size(); t++) {
        Trend trend = lines.get(t);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < trend.months().size(); i++) {
          Statistic average = trend.months().get(i).average();
          if (average.isComputable()) {
            double y = base - plot * scaled(report, trend.domainId(), average.orElse(0));
            points.append(points.length() == 0 ? "" : " ").append(left + 28 + step * i).append(',').append(num(y, 1));
          }
        }
        h.append("<polyline fill=\"none\"").append(lineStyle(t)).append(" points=\"").append(points)
            .append("\"/>\n");
      }
      h.append("</svg></div>\n<ul class=\"legend\">\n");
      for (int t = 0; t < lines.size(); t++) {
        h.append("<li><svg width=\"30\" height=\"10\" viewBox=\"0 0 30 10\" aria-hidden=\"true\">")
            .append("<line x1=\"0\" y1=\"5\" x2=\"30\" y2=\"5\"").append(lineStyle(t)).append("/></svg>")
            .append(escape(t == 0 ? "Overall" : title(report, lines.get(t).domainId()))).append("</li>\n");
      }
      h.append("</ul>\n");
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

  /** The stroke of line {@code t}: the overall line black and thick, the others coloured and dashed. */
  private static String lineStyle(int t) {
    if (t == 0) {
      return " stroke=\"#000\" stroke-width=\"3\"";
    }
    String dash = DASHES[(t - 1) % DASHES.length];
    return " stroke=\"" + LINE_COLOURS[(t - 1) % LINE_COLOURS.length] + "\" stroke-width=\"2\""
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
    h.append("<td class=\"note\">").append(escape(trend.latestChange().map(c -> c.note()).orElse("\u2013")))
        .append("</td></tr>\n");
  }

  /** The fill of a grade: its colour, striped for every other rank. */
  private static String gradeFill(int rank) {
    String colour = GRADE_COLOURS[rank % GRADE_COLOURS.length];
    return rank % 2 == 1
        ? "background:repeating-linear-gradient(45deg," + colour + " 0 6px,#fff 6px 8px)"
        : "background:" + colour;
  }

  private static void grades(StringBuilder h, String heading, String caption, GradeDistribution grades) {
    h.append("<section>\n<h2>").append(escape(heading)).append("</h2>\n<p>").append(grades.graded())
        .append(" graded; good or better: ").append(percent(grades.goodOrBetter())).append(".</p>\n");
    h.append("<div class=\"stack\" role=\"img\" aria-label=\"Grade distribution\">");
    for (GradeCount g : grades.grades()) {
      if (g.tenthsOfPercent() > 0) {
        h.append("<span style=\"width:").append(num(g.tenthsOfPercent() / 10.0, 1)).append("%;")
            .append(gradeFill(g.rank())).append("\" title=\"").append(escape(g.label())).append(": ")
            .append(g.count()).append(" (").append(num(g.tenthsOfPercent() / 10.0, 1)).append("%)\"></span>");
      }
    }
    h.append("</div>\n<ul class=\"legend\">\n");
    for (GradeCount g : grades.grades()) {
      h.append("<li><span class=\"swatch\" style=\"").append(gradeFill(g.rank())).append("\"></span>")
          .append(escape(g.label())).append(": ").append(g.count()).append(" (")
          .append(num(g.tenthsOfPercent() / 10.0, 1)).append("%)</li>\n");
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

  /**
   * Two tables, each grouping the cohorts by what they are cut by (a row group, {@code tbody}, per
   * dimension): the judgements of each cohort, and its average score per domain.
   */
  private static void cohorts(StringBuilder h, List<CohortResult> cohorts) {
    if (cohorts.isEmpty()) {
      return;
    }
    h.append("<section>\n<h2>Cohorts</h2>\n");
    List<String> columns = new ArrayList<>(List.of("Audits"));
    cohorts.get(0).grades().grades().forEach(g -> columns.add(g.label()));
    columns.add("Good or better");
    openTable(h, "Judgements by cohort", true);
    head(h, "Cohort", columns);
    cohortRows(h, cohorts, columns.size() + 1, c -> {
      cell(h, c.audits());
      for (GradeCount g : c.grades().grades()) {
        cell(h, g.count() + " (" + num(g.tenthsOfPercent() / 10.0, 1) + "%)");
      }
      cell(h, shareWithInterval(c.grades().goodOrBetter()));
    });
    closeTable(h);
    List<String> domains = new ArrayList<>();
    cohorts.get(0).domains().forEach(d -> domains.add(d.title()));
    openTable(h, "Average score by cohort and domain", true);
    head(h, "Cohort", domains);
    cohortRows(h, cohorts, domains.size() + 1, c -> c.domains().forEach(d -> cell(h, stat(d.average(), 1))));
    closeTable(h);
    h.append("</section>\n");
  }

  private static void cohortRows(StringBuilder h, List<CohortResult> cohorts, int columns,
      java.util.function.Consumer<CohortResult> cells) {
    String dimension = null;
    for (CohortResult c : cohorts) {
      if (!c.dimension().equals(dimension)) {
        if (dimension != null) {
          h.append("</tbody>\n<tbody>\n");
        }
        dimension = c.dimension();
        h.append("<tr><th scope=\"rowgroup\" colspan=\"").append(columns).append("\">By ")
            .append(escape(dimension)).append("</th></tr>\n");
      }
      rowHead(h, c.value());
      cells.accept(c);
      h.append("</tr>\n");
    }
  }

  private static void escalations(StringBuilder h, List<EscalationLine> lines, List<EscalationCategory> categories,
      ActionSummary actions) {
    h.append("<section>\n<h2>Escalations and actions</h2>\n");
    if (lines.isEmpty()) {
      h.append("<p>No escalations.</p>\n");
    } else {
      openTable(h, "Escalations by category", false);
      head(h, "Category", List.of("Raised", "Open", "Overdue", "Counted from the completion day"));
      long unrecorded = 0;
      for (EscalationLine line : lines) {
        String name = categories.stream().filter(c -> c.level() == line.category()).findFirst()
            .map(c -> line.category() + ": " + c.name()).orElse("Category " + line.category());
        rowHead(h, name);
        cell(h, line.raised());
        cell(h, line.open());
        cell(h, line.overdue());
        cell(h, line.countedFromCompletionDay()).append("</tr>\n");
        unrecorded += line.countedFromCompletionDay();
      }
      closeTable(h);
      if (unrecorded > 0) {
        h.append("<p>").append(unrecorded).append(unrecorded == 1 ? " escalation" : " escalations")
            .append(": escalation time not recorded; counted from the completion day.</p>\n");
      }
    }
    h.append("<p>Recommended actions: ").append(actions.total()).append(", of which ").append(actions.outstanding())
        .append(" outstanding and ").append(actions.overdue()).append(" overdue.</p>\n</section>\n");
  }

  private static void quotas(StringBuilder h, List<RoleQuotaStatus> quotas) {
    if (quotas.isEmpty()) {
      return;
    }
    h.append("<section>\n<h2>Quotas by role</h2>\n");
    openTable(h, "Quotas by role", false);
    head(h, "Role", List.of("People", "Meeting quota", "Audits required", "Completed"));
    for (RoleQuotaStatus q : quotas) {
      rowHead(h, q.quota().role().id());
      cell(h, q.people());
      cell(h, q.peopleMeeting());
      cell(h, q.required());
      cell(h, q.doneWithinQuota()).append("</tr>\n");
    }
    closeTable(h);
    h.append("</section>\n");
  }

  private static void programme(StringBuilder h, ProgrammeProgress progress) {
    h.append("<section>\n<h2>Audit programme</h2>\n<p>").append(progress.doneTotal()).append(" of ")
        .append(progress.plannedTotal()).append(" planned audits done.</p>\n");
    openTable(h, "Audit programme: planned against done, entry by entry", true);
    h.append("<thead><tr><th scope=\"col\">Months</th><th scope=\"col\">Audit type</th>")
        .append("<th scope=\"col\">Theme</th><th scope=\"col\" class=\"n\">Planned</th>")
        .append("<th scope=\"col\" class=\"n\">Done</th><th scope=\"col\" class=\"n\">Remaining</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (EntryProgress e : progress.entries()) {
      ProgrammeEntry entry = e.entry();
      rowHead(h, entry.month() + (entry.until().equals(entry.month()) ? "" : " to " + entry.until()));
      h.append("<td>").append(escape(entry.auditType())).append("</td><td>")
          .append(escape(entry.theme().orElse("\u2013"))).append("</td>");
      cell(h, e.planned().isPresent() ? Integer.toString(e.planned().getAsInt()) : "\u2013");
      cell(h, e.done());
      cell(h, e.planned().isPresent() ? Integer.toString(e.remaining()) : "\u2013").append("</tr>\n");
    }
    closeTable(h);
    h.append("</section>\n");
  }

  private static void moderation(StringBuilder h, AuditReport report) {
    AgreementSummary a = report.moderation().agreement();
    h.append("<section>\n<h2>Moderation</h2>\n<p>").append(a.pairs()).append(" audits moderated.</p>\n");
    openTable(h, "Agreement between auditors and moderators", false);
    head(h, "Measure", List.of("Value"));
    row(h, "Exact agreement", a.exact(), true);
    row(h, "Agreement within one grade", a.withinOne(), true);
    row(h, "Cohen's kappa", a.cohenKappa(), false);
    row(h, "Linear-weighted kappa", a.linearKappa(), false);
    row(h, "Quadratic-weighted kappa", a.quadraticKappa(), false);
    row(h, "Krippendorff's ordinal alpha", a.ordinalAlpha(), false);
    closeTable(h);
    List<AuditorMovement> auditors = report.moderation().auditors();
    if (!auditors.isEmpty()) {
      openTable(h, "Grades moved by moderation, by auditor", false);
      head(h, "Auditor", List.of("Moderated", "Moved up", "Moved down", "Same"));
      for (AuditorMovement m : auditors) {
        rowHead(h, m.auditor().value(), true);
        cell(h, m.moderated());
        cell(h, m.raised());
        cell(h, m.lowered());
        cell(h, m.same()).append("</tr>\n");
      }
      closeTable(h);
    }
    h.append("</section>\n");
  }

  private static void row(StringBuilder h, String name, Statistic s, boolean asPercent) {
    rowHead(h, name).append("<td class=\"n\">");
    if (s.isComputable()) {
      h.append(asPercent ? num(100 * s.orElse(0), 1) + "%" : num(s.orElse(0), 3));
    } else {
      h.append("not computable: ").append(escape(s.reason().orElse("")));
    }
    h.append("</td></tr>\n");
  }

  private static void multiAgency(StringBuilder h, MultiAgencyOverview o) {
    h.append("<section>\n<h2>Multi-agency overview</h2>\n");
    openTable(h, "Grades by case, area and agency", o.agencies().size() > 2);
    h.append("<thead><tr><th scope=\"col\">Case</th><th scope=\"col\">Area</th>");
    for (String agency : o.agencies()) {
      h.append("<th scope=\"col\">").append(escape(agency)).append("</th>");
    }
    h.append("<th scope=\"col\" class=\"n\">Spread</th></tr></thead>\n<tbody>\n");
    for (AgencyComparison c : o.comparisons()) {
      rowHead(h, c.caseId().value()).append("<td>").append(escape(c.area())).append("</td>");
      for (String agency : o.agencies()) {
        Grade grade = c.grades().get(agency);
        h.append("<td>").append(grade == null ? "\u2013" : escape(grade.label())).append("</td>");
      }
      cell(h, c.spread()).append("</tr>\n");
    }
    closeTable(h);
    h.append("<h3>Where agencies disagree</h3>\n");
    if (o.disagreements().isEmpty()) {
      h.append("<p>All agencies agree on every area.</p>\n");
    } else {
      h.append("<ul>\n");
      for (AgencyComparison c : o.disagreements()) {
        h.append("<li>").append(escape(c.caseId().value())).append(", ").append(escape(c.area())).append(": ");
        boolean first = true;
        for (Map.Entry<String, Grade> e : c.grades().entrySet()) {
          h.append(first ? "" : "; ").append(escape(e.getKey())).append(' ').append(escape(e.getValue().label()));
          first = false;
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
    for (Map.Entry<String, GradeDistribution> e : o.byAgency().entrySet()) {
      grades(h, "Grades given by " + e.getKey(), "Grades given by " + e.getKey(), e.getValue());
    }
    h.append("</section>\n");
  }
}
