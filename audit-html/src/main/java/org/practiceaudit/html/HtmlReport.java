package org.practiceaudit.html;

import static org.practiceaudit.html.ChartSections.compliance;
import static org.practiceaudit.html.ChartSections.domains;
import static org.practiceaudit.html.ChartSections.grades;
import static org.practiceaudit.html.ChartSections.trends;
import static org.practiceaudit.html.Html.STYLE;
import static org.practiceaudit.html.Html.page;
import static org.practiceaudit.html.TableSections.cohorts;
import static org.practiceaudit.html.TableSections.escalations;
import static org.practiceaudit.html.TableSections.moderation;
import static org.practiceaudit.html.TableSections.multiAgency;
import static org.practiceaudit.html.TableSections.programme;
import static org.practiceaudit.html.TableSections.quotas;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.programme.ProgrammeProgress;
import org.practiceaudit.core.region.RegionalComparison;
import org.practiceaudit.core.region.SmallCountSuppression;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.MultiAgencyOverview;

/**
 * Renders an audit report as one self-contained HTML page for people.
 *
 * <p>The page has charts (compliance by month and trend lines as inline SVG drawn at their own
 * size, so their text never scales; average score per domain and the grade distribution as bars in
 * HTML, with full names that wrap), each followed by a captioned table of the same figures, and
 * tables for the rest, their headers scoped; no scripts and no external resources, a print
 * stylesheet, and a layout that reads on a phone (wide tables scroll sideways with their row
 * headers in view). Grades are told apart by colours safe for colour-blind readers, by stripes and
 * by their names and figures, never by colour alone. Every text from the report (titles, ids,
 * labels, notes) is escaped for HTML. The output is a pure function of its inputs: the same report
 * gives the same bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlReport {

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
  public static String render(
      String title, AuditReport report, Optional<MultiAgencyOverview> overview) {
    return render(title, report, List.of(), overview);
  }

  /**
   * Renders a report with the framework's escalation categories, so that each category is shown
   * with its name (such as Dudley's "2: Inadequate with action required"), and a multi-agency
   * overview, if any.
   *
   * @param title the page title, any text (escaped); not null
   * @param report the report; not null
   * @param categories the framework's escalation categories (a category not among them is shown by
   *     number); not null
   * @param overview the multi-agency overview, if any; not null
   * @return the HTML page
   */
  public static String render(
      String title,
      AuditReport report,
      List<EscalationCategory> categories,
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
  public static String render(
      String title,
      AuditReport report,
      List<EscalationCategory> categories,
      Optional<MultiAgencyOverview> overview,
      Optional<ProgrammeProgress> programme) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(overview, "overview");
    StringBuilder h = page(title, STYLE);
    h.append("<p class=\"meta\">As of ")
        .append(escape(report.asOfDate().toString()))
        .append(": ")
        .append(report.audits())
        .append(" audits allocated, ")
        .append(report.completed())
        .append(" completed.</p>\n");
    sections(h, report, categories);
    programme.ifPresent(p -> programme(h, p));
    overview.ifPresent(o -> multiAgency(h, o));
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  static void sections(StringBuilder h, AuditReport report, List<EscalationCategory> categories) {
    compliance(h, report);
    BreakdownSections.complianceByAuditor(h, report);
    domains(h, report);
    trends(h, report);
    grades(h, "Judgements", "Judgements by grade", report.grades());
    BreakdownSections.gradesByMonth(h, report);
    cohorts(h, report.cohorts());
    escalations(h, report.escalations(), categories, report.actions());
    quotas(h, report.quotas().roles());
    moderation(h, report);
  }

  /**
   * The symbol of a figure not published under a small-count rule (as the Government Statistical
   * Service writes it).
   */
  public static final String SUPPRESSED = "[c]";

  /**
   * Renders a regional report: each part beside the whole, then, when nothing is suppressed, the
   * report of the whole. Under an active small-count rule only the table is published, its hidden
   * figures shown as {@value #SUPPRESSED}, and the page says what was suppressed and why.
   *
   * @param title the page title, any text (escaped); not null
   * @param comparison the parts beside the whole; not null
   * @param whole the report of the whole, rendered below the table unless the comparison's rule is
   *     active; not null
   * @param categories the framework's escalation categories, for the report of the whole; not null
   * @return the HTML page
   */
  public static String renderRegional(
      String title,
      RegionalComparison comparison,
      AuditReport whole,
      List<EscalationCategory> categories) {
    return RegionalPage.renderRegional(title, comparison, whole, categories);
  }

  /**
   * Says in words what a small-count rule hides, for the page and for the JSON that carries the
   * same figures.
   *
   * @param rule the rule; not null
   * @return the note
   */
  public static String suppressionNote(SmallCountSuppression rule) {
    return RegionalPage.suppressionNote(rule);
  }

  /**
   * Escapes text for HTML element content and quoted attribute values.
   *
   * @param text any text; not null
   * @return the text with {@code & < > " '} replaced by character references
   */
  public static String escape(String text) {
    return Html.escape(text);
  }
}
