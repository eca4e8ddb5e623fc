package org.practiceaudit.html;

import static org.practiceaudit.html.ChartSections.grades;
import static org.practiceaudit.html.Html.cell;
import static org.practiceaudit.html.Html.closeTable;
import static org.practiceaudit.html.Html.escape;
import static org.practiceaudit.html.Html.head;
import static org.practiceaudit.html.Html.num;
import static org.practiceaudit.html.Html.openTable;
import static org.practiceaudit.html.Html.rowHead;
import static org.practiceaudit.html.Html.shareWithInterval;
import static org.practiceaudit.html.Html.stat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practiceaudit.core.agreement.AgreementSummary;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.programme.EntryProgress;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.programme.ProgrammeProgress;
import org.practiceaudit.core.quota.RoleQuotaStatus;
import org.practiceaudit.core.report.ActionSummary;
import org.practiceaudit.core.report.AgencyComparison;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.AuditorMovement;
import org.practiceaudit.core.report.CohortResult;
import org.practiceaudit.core.report.DomainResult;
import org.practiceaudit.core.report.EscalationLine;
import org.practiceaudit.core.report.GradeCount;
import org.practiceaudit.core.report.GradeDistribution;
import org.practiceaudit.core.report.MultiAgencyOverview;

/**
 * The sections of a report told in tables: cohorts, escalations and actions, quotas, the audit
 * programme, moderation and the multi-agency overview.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TableSections {

  private TableSections() {}

  /**
   * Two tables, each grouping the cohorts by what they are cut by (a row group, {@code tbody}, per
   * dimension): the judgements of each cohort, and its average score per domain with its weakest
   * and strongest domain (Dorset compares cohorts so, D15).
   */
  static void cohorts(StringBuilder h, List<CohortResult> cohorts) {
    if (cohorts.isEmpty()) {
      return;
    }
    h.append("<section>\n<h2>Cohorts</h2>\n");
    List<String> columns = new ArrayList<>(List.of("Audits"));
    cohorts.get(0).grades().grades().forEach(g -> columns.add(g.label()));
    columns.add("Good or better");
    openTable(h, "Judgements by cohort", true);
    head(h, "Cohort", columns);
    cohortRows(
        h,
        cohorts,
        columns.size() + 1,
        c -> {
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
    cohortRows(
        h,
        cohorts,
        domains.size() + 1,
        c -> c.domains().forEach(d -> cell(h, stat(d.average(), 1))));
    closeTable(h);
    openTable(h, "Weakest and strongest domain by cohort", false);
    h.append("<thead><tr><th scope=\"col\">Cohort</th><th scope=\"col\">Weakest domain</th>")
        .append("<th scope=\"col\">Strongest domain</th></tr></thead>\n<tbody>\n");
    cohortRows(
        h,
        cohorts,
        3,
        c -> {
          textCell(h, c.weakestDomain().map(id -> domainTitle(c, id)).orElse("\u2013"));
          textCell(h, c.strongestDomain().map(id -> domainTitle(c, id)).orElse("\u2013"));
        });
    closeTable(h);
    h.append("</section>\n");
  }

  private static void textCell(StringBuilder h, String text) {
    h.append("<td>").append(escape(text)).append("</td>");
  }

  /** The title of a cohort's domain, by id. */
  private static String domainTitle(CohortResult cohort, String id) {
    for (DomainResult d : cohort.domains()) {
      if (d.domainId().equals(id)) {
        return d.title();
      }
    }
    return id;
  }

  private static void cohortRows(
      StringBuilder h,
      List<CohortResult> cohorts,
      int columns,
      java.util.function.Consumer<CohortResult> cells) {
    String dimension = null;
    for (CohortResult c : cohorts) {
      if (!c.dimension().equals(dimension)) {
        if (dimension != null) {
          h.append("</tbody>\n<tbody>\n");
        }
        dimension = c.dimension();
        h.append("<tr><th scope=\"rowgroup\" colspan=\"")
            .append(columns)
            .append("\">By ")
            .append(escape(dimension))
            .append("</th></tr>\n");
      }
      rowHead(h, c.value());
      cells.accept(c);
      h.append("</tr>\n");
    }
  }

  static void escalations(
      StringBuilder h,
      List<EscalationLine> lines,
      List<EscalationCategory> categories,
      ActionSummary actions) {
    h.append("<section>\n<h2>Escalations and actions</h2>\n");
    if (lines.isEmpty()) {
      h.append("<p>No escalations.</p>\n");
    } else {
      openTable(h, "Escalations by category", false);
      head(h, "Category", List.of("Raised", "Open", "Overdue", "Counted from the completion day"));
      long unrecorded = 0;
      for (EscalationLine line : lines) {
        String name =
            categories.stream()
                .filter(c -> c.level() == line.category())
                .findFirst()
                .map(c -> line.category() + ": " + c.name())
                .orElse("Category " + line.category());
        rowHead(h, name);
        cell(h, line.raised());
        cell(h, line.open());
        cell(h, line.overdue());
        cell(h, line.countedFromCompletionDay()).append("</tr>\n");
        unrecorded += line.countedFromCompletionDay();
      }
      closeTable(h);
      if (unrecorded > 0) {
        h.append("<p>")
            .append(unrecorded)
            .append(unrecorded == 1 ? " escalation" : " escalations")
            .append(": escalation time not recorded; counted from the completion day.</p>\n");
      }
    }
    h.append("<p>Recommended actions: ")
        .append(actions.total())
        .append(", of which ")
        .append(actions.outstanding())
        .append(" outstanding and ")
        .append(actions.overdue())
        .append(" overdue.</p>\n</section>\n");
  }

  static void quotas(StringBuilder h, List<RoleQuotaStatus> quotas) {
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

  static void programme(StringBuilder h, ProgrammeProgress progress) {
    h.append("<section>\n<h2>Audit programme</h2>\n<p>")
        .append(progress.doneTotal())
        .append(" of ")
        .append(progress.plannedTotal())
        .append(" planned audits done.</p>\n");
    openTable(h, "Audit programme: planned against done, entry by entry", true);
    h.append("<thead><tr><th scope=\"col\">Months</th><th scope=\"col\">Audit type</th>")
        .append("<th scope=\"col\">Theme</th><th scope=\"col\" class=\"n\">Planned</th>")
        .append(
            "<th scope=\"col\" class=\"n\">Done</th><th scope=\"col\" class=\"n\">Remaining</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (EntryProgress e : progress.entries()) {
      ProgrammeEntry entry = e.entry();
      rowHead(
          h, entry.month() + (entry.until().equals(entry.month()) ? "" : " to " + entry.until()));
      h.append("<td>")
          .append(Html.escape(entry.auditType()))
          .append(Html.escape(entry.jointWith().map(p -> ", jointly with " + p).orElse("")))
          .append("</td><td>")
          .append(Html.escape(entry.theme().orElse("\u2013")))
          .append("</td>");
      cell(h, e.planned().isPresent() ? Integer.toString(e.planned().getAsInt()) : "\u2013");
      cell(h, e.done());
      cell(h, e.planned().isPresent() ? Integer.toString(e.remaining()) : "\u2013")
          .append("</tr>\n");
    }
    closeTable(h);
    h.append("</section>\n");
  }

  static void moderation(StringBuilder h, AuditReport report) {
    AgreementSummary a = report.moderation().agreement();
    h.append("<section>\n<h2>Moderation</h2>\n<p>")
        .append(a.pairs())
        .append(" audits moderated.</p>\n");
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

  static void multiAgency(StringBuilder h, MultiAgencyOverview o) {
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
        h.append("<li>")
            .append(escape(c.caseId().value()))
            .append(", ")
            .append(escape(c.area()))
            .append(": ");
        boolean first = true;
        for (Map.Entry<String, Grade> e : c.grades().entrySet()) {
          h.append(first ? "" : "; ")
              .append(escape(e.getKey()))
              .append(' ')
              .append(escape(e.getValue().label()));
          first = false;
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
    BreakdownSections.gradesByArea(h, o);
    for (Map.Entry<String, GradeDistribution> e : o.byAgency().entrySet()) {
      grades(h, "Grades given by " + e.getKey(), "Grades given by " + e.getKey(), e.getValue());
    }
    h.append("</section>\n");
  }
}
