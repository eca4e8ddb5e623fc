package org.practiceaudit.html;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.agreement.ConfidenceInterval;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.Statistic;

/**
 * The look shared by every page of this module: the style sheet, the page head, escaping, numbers
 * and shares as they are shown, and the parts of a captioned table.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Html {

  private Html() {}

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

  /**
   * Starts a page of this look: the document head with its style sheet, the body and the main
   * heading; the caller appends the rest and closes with {@code </main></body></html>}.
   *
   * @param title the page's title and main heading, any text (escaped)
   * @param style the style sheet
   * @return the page so far
   */
  static StringBuilder page(String title, String style) {
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(style)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    return h;
  }

  static String escape(String text) {
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

  static String num(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  static String stat(Statistic statistic, int decimals) {
    return statistic.isComputable() ? num(statistic.orElse(0), decimals) : "\u2013";
  }

  static String statTitle(Statistic statistic) {
    return statistic.reason().map(r -> " title=\"" + escape(r) + "\"").orElse("");
  }

  /** The share as a percentage, such as {@code 84.0%}, or a dash when nothing was counted. */
  static String share(Proportion p) {
    return p.total() == 0 ? "\u2013" : num(100.0 * p.count() / p.total(), 1) + "%";
  }

  /** The share and, on a line of its own that never wraps, its 95% Wilson interval. */
  static String shareWithInterval(Proportion p) {
    Optional<ConfidenceInterval> ci = p.wilson95();
    return share(p)
        + ci.map(
                c ->
                    "<span class=\"ci\">95% CI "
                        + num(100 * c.lower(), 1)
                        + "\u2013"
                        + num(100 * c.upper(), 1)
                        + "%</span>")
            .orElse("");
  }

  static String percent(Proportion p) {
    if (p.total() == 0) {
      return "\u2013";
    }
    return share(p)
        + p.wilson95()
            .map(
                c ->
                    " (95% CI "
                        + num(100 * c.lower(), 1)
                        + "\u2013"
                        + num(100 * c.upper(), 1)
                        + "%)")
            .orElse("");
  }

  /**
   * Opens a table with its caption, in a container that scrolls sideways should the table be wider
   * than the screen (its row headers kept in view); a table expected to be wider than a phone
   * ({@code wide}) also gets a hint, shown on narrow screens only.
   */
  static void openTable(StringBuilder h, String caption, boolean wide) {
    if (wide) {
      h.append("<p class=\"hint\">Wide table: scroll sideways to see every column.</p>\n");
    }
    h.append("<div class=\"scroll\"><table>\n<caption>")
        .append(escape(caption))
        .append("</caption>\n");
  }

  static void closeTable(StringBuilder h) {
    h.append("</tbody>\n</table></div>\n");
  }

  /** Appends a header row: the first header names the rows, the others head columns of numbers. */
  static void head(StringBuilder h, String first, List<String> numbers) {
    head(h, first, numbers, false, Optional.empty());
  }

  /**
   * Appends a header row, with a last column of text, if any, after the columns of numbers; headers
   * of numbers that are short codes ({@code codes}, such as months) are kept on one line.
   */
  static void head(
      StringBuilder h, String first, List<String> numbers, boolean codes, Optional<String> text) {
    h.append("<thead><tr><th scope=\"col\">").append(escape(first)).append("</th>");
    for (String name : numbers) {
      h.append("<th scope=\"col\" class=\"")
          .append(codes ? "n code" : "n")
          .append("\">")
          .append(escape(name))
          .append("</th>");
    }
    text.ifPresent(t -> h.append("<th scope=\"col\">").append(escape(t)).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
  }

  static StringBuilder rowHead(StringBuilder h, String name) {
    return rowHead(h, name, false);
  }

  /** A row header; a short code (a month, an id) is kept on one line. */
  static StringBuilder rowHead(StringBuilder h, String name, boolean code) {
    return h.append(code ? "<tr><th scope=\"row\" class=\"code\">" : "<tr><th scope=\"row\">")
        .append(escape(name))
        .append("</th>");
  }

  /**
   * A chart wider than a phone gets the hint that it scrolls sideways, shown on narrow screens
   * only.
   */
  static void chartHint(StringBuilder h, int width) {
    if (width > 360) {
      h.append("<p class=\"hint\">Wide chart: scroll sideways to see every month.</p>\n");
    }
  }

  static StringBuilder cell(StringBuilder h, Object value) {
    return h.append("<td class=\"n\">").append(value).append("</td>");
  }

  static String monthName(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
  }

  /** A month as people write it, such as {@code Nov 2026}. */
  static String monthLabel(YearMonth month) {
    return monthName(month) + " " + month.getYear();
  }

  /** Opens an SVG drawn at its own size in CSS pixels, so that its text never scales. */
  static void svgOpen(StringBuilder h, int width, int height, String label) {
    h.append("<svg width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(escape(label))
        .append("\">\n");
  }
}
