package org.practiceaudit.html;

import static org.practiceaudit.html.Html.STYLE;
import static org.practiceaudit.html.Html.closeTable;
import static org.practiceaudit.html.Html.escape;
import static org.practiceaudit.html.Html.head;
import static org.practiceaudit.html.Html.num;
import static org.practiceaudit.html.Html.openTable;
import static org.practiceaudit.html.Html.page;
import static org.practiceaudit.html.HtmlReport.SUPPRESSED;
import static org.practiceaudit.html.HtmlReport.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.region.Figure;
import org.practiceaudit.core.region.PartFigures;
import org.practiceaudit.core.region.RegionalComparison;
import org.practiceaudit.core.region.SmallCountSuppression;
import org.practiceaudit.core.report.AuditReport;

/**
 * The regional page, as {@link HtmlReport#renderRegional} renders it: each part beside the whole,
 * with figures not published under a small-count rule shown as {@value HtmlReport#SUPPRESSED}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RegionalPage {

  private RegionalPage() {}

  static String renderRegional(
      String title,
      RegionalComparison comparison,
      AuditReport whole,
      List<EscalationCategory> categories) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(categories, "categories");
    StringBuilder h = page(title, STYLE);
    List<String> names = new ArrayList<>();
    comparison.parts().forEach(p -> names.add(p.name()));
    h.append("<p class=\"meta\">As of ")
        .append(escape(whole.asOfDate().toString()))
        .append(": ")
        .append(names.size())
        .append(names.size() == 1 ? " part merged (" : " parts merged (")
        .append(escape(String.join(", ", names)))
        .append("), ")
        .append(whole.audits())
        .append(" audits allocated in all.</p>\n");
    boolean suppressed = comparison.rule().isActive();
    if (suppressed) {
      h.append("<p class=\"note\">")
          .append(escape(suppressionNote(comparison.rule())))
          .append("</p>\n");
    }
    h.append("<section>\n<h2>Each part beside the whole</h2>\n");
    openTable(
        h,
        "Each part beside the whole" + (suppressed ? " (" + SUPPRESSED + ": not published)" : ""),
        true);
    head(h, "Part", columns());
    List<PartFigures> rows = comparison.rows();
    for (int r = 0; r < rows.size(); r++) {
      row(h, comparison, rows, r);
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
   * The columns of the table: the counts, each share and average after the counts it is taken from.
   */
  private static List<String> columns() {
    List<String> columns = new ArrayList<>();
    for (Figure figure :
        List.of(
            Figure.AUDITS,
            Figure.COMPLETED,
            Figure.COMPLETED_ON_TIME,
            Figure.COMPLETED_LATE,
            Figure.OVERDUE,
            Figure.PENDING)) {
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
    return columns;
  }

  /** Row {@code r} of the table, the last row the whole. */
  private static void row(
      StringBuilder h, RegionalComparison comparison, List<PartFigures> rows, int r) {
    boolean isWhole = r == rows.size() - 1;
    h.append("<tr><th scope=\"row\">")
        .append(isWhole ? "<strong>Whole</strong>" : escape(rows.get(r).name()))
        .append("</th>");
    for (Figure figure :
        List.of(
            Figure.AUDITS,
            Figure.COMPLETED,
            Figure.COMPLETED_ON_TIME,
            Figure.COMPLETED_LATE,
            Figure.OVERDUE,
            Figure.PENDING)) {
      cell(h, comparison.published(r, figure));
    }
    cell(
        h,
        comparison.compliance(r),
        comparison.isHidden(r, Figure.COMPLETED_ON_TIME) || comparison.isHidden(r, Figure.AUDITS),
        true);
    cell(h, comparison.published(r, Figure.SCORED_AUDITS));
    cell(h, comparison.average(r), comparison.isHidden(r, Figure.SCORED_AUDITS), false);
    cell(h, comparison.published(r, Figure.GRADED));
    cell(h, comparison.published(r, Figure.GOOD_OR_BETTER));
    cell(
        h,
        comparison.goodOrBetter(r),
        comparison.isHidden(r, Figure.GOOD_OR_BETTER) || comparison.isHidden(r, Figure.GRADED),
        true);
    cell(h, comparison.published(r, Figure.ESCALATIONS_RAISED));
    cell(h, comparison.published(r, Figure.ACTIONS_OUTSTANDING));
    h.append("</tr>\n");
  }

  static String suppressionNote(SmallCountSuppression rule) {
    Objects.requireNonNull(rule, "rule");
    int n = rule.threshold();
    return "Small counts are suppressed for publication: counts from 1 to "
        + (n - 1)
        + " are not published, nor"
        + " any count from which one could be worked out by subtraction (within a row, or from the whole and"
        + " the other parts), nor a share whose count or base is not published, nor an average score whose"
        + " number of scored audits is not published. Zero is published. "
        + SUPPRESSED
        + " marks what is not"
        + " published. Only this table is published: the whole's detailed figures (domains, months, cohorts,"
        + " escalations by category, moderation) are not.";
  }

  /** A count, or {@value HtmlReport#SUPPRESSED} where it is not published. */
  static void cell(StringBuilder h, java.util.OptionalLong value) {
    h.append("<td class=\"n\">")
        .append(value.isPresent() ? Long.toString(value.getAsLong()) : SUPPRESSED)
        .append("</td>");
  }

  /**
   * A share or average: {@value HtmlReport#SUPPRESSED} where not published, a dash where there is
   * nothing to divide.
   */
  static void cell(
      StringBuilder h, java.util.OptionalDouble value, boolean hidden, boolean percent) {
    h.append("<td class=\"n\">")
        .append(
            hidden
                ? SUPPRESSED
                : value.isPresent()
                    ? (percent
                        ? num(100 * value.getAsDouble(), 1) + "%"
                        : num(value.getAsDouble(), 2))
                    : "\u2013")
        .append("</td>");
  }
}
