package org.practiceaudit.html;

import java.util.Locale;
import java.util.Objects;
import org.practiceaudit.core.framework.AccountEntry;
import org.practiceaudit.core.framework.AccountSection;
import org.practiceaudit.core.framework.FrameworkAccount;

/**
 * Renders a {@link FrameworkAccount} (a framework told in plain words, for sign-off) as one
 * self-contained HTML page, with the look of {@link HtmlReport}: a contents list, a section per
 * part of the framework and an entry per domain, category, plan, quota and rule, each with an
 * anchor named by its id.
 *
 * <p>No scripts and no external resources; every text from the configuration is escaped. The output
 * is a pure function of the account.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlExplanation {

  private static final String STYLE =
      Html.STYLE
          + "nav ol{padding-left:1.4rem;columns:2 16rem}\n"
          + ".entry{border-left:4px solid #52708f;padding:.1rem 0 .1rem .8rem;margin:1rem 0}\n"
          + ".entry h3{margin:.2rem 0 .3rem}.entry p{margin:.25rem 0}\n"
          + ".entry ul{margin:.3rem 0 .3rem 1.2rem;padding:0}.entry li{margin:.15rem 0}\n"
          + "code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}\n"
          + "@media print{nav{display:none}.entry{break-inside:avoid}}\n";

  private HtmlExplanation() {}

  /**
   * Renders an account.
   *
   * @param account the account; not null
   * @return the HTML page
   */
  public static String render(FrameworkAccount account) {
    Objects.requireNonNull(account, "account");
    StringBuilder h = Html.page(account.title(), STYLE);
    h.append("<p class=\"meta\">What framework ")
        .append(code(account.framework().id()))
        .append(" version ")
        .append(code(account.framework().version()))
        .append(" asks, in plain words generated from its configuration.</p>\n");
    h.append("<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
    for (AccountSection section : account.sections()) {
      h.append("<li><a href=\"#")
          .append(section.id())
          .append("\">")
          .append(HtmlReport.escape(section.heading()))
          .append("</a></li>\n");
    }
    h.append("</ol>\n</nav>\n");
    for (AccountSection section : account.sections()) {
      h.append("<section aria-labelledby=\"")
          .append(section.id())
          .append("\">\n<h2 id=\"")
          .append(section.id())
          .append("\">")
          .append(HtmlReport.escape(section.heading()))
          .append("</h2>\n");
      for (String paragraph : section.paragraphs()) {
        h.append("<p>").append(HtmlReport.escape(paragraph)).append("</p>\n");
      }
      for (AccountEntry entry : section.entries()) {
        String anchor = anchor(section.id(), entry.id());
        h.append("<div class=\"entry\">\n<h3 id=\"")
            .append(anchor)
            .append("\">")
            .append(HtmlReport.escape(entry.term()))
            .append("</h3>\n");
        for (String sentence : entry.sentences()) {
          h.append("<p>").append(HtmlReport.escape(sentence)).append("</p>\n");
        }
        if (!entry.checklist().isEmpty()) {
          h.append("<ul>\n");
          for (String line : entry.checklist()) {
            h.append("<li>").append(HtmlReport.escape(line)).append("</li>\n");
          }
          h.append("</ul>\n");
        }
        h.append("</div>\n");
      }
      h.append("</section>\n");
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String code(String text) {
    return "<code>" + HtmlReport.escape(text) + "</code>";
  }

  /**
   * An id attribute for an entry: its section and its own id, with anything but letters and digits
   * as '-'.
   */
  static String anchor(String section, String id) {
    return section + "-" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
