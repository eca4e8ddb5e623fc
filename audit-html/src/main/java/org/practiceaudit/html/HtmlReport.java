package org.practiceaudit.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.agreement.AgreementSummary;
import org.practiceaudit.core.agreement.ConfidenceInterval;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.report.ActionSummary;
import org.practiceaudit.core.report.AgencyComparison;
import org.practiceaudit.core.quota.RoleQuotaStatus;
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

/**
 * Renders an audit report as one self-contained HTML page for people.
 *
 * <p>The page has inline SVG charts (average score per domain, grade distribution, trend lines,
 * compliance by month) and tables for the rest; no scripts and no external resources, a print
 * stylesheet, and a layout that reads on a phone. Every text from the report (titles, ids, labels,
 * notes) is escaped for HTML. The output is a pure function of its inputs: the same report gives the
 * same bytes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlReport {

  private static final String[] PALETTE = {"#1b5e20", "#2e7d32", "#f9a825", "#c62828", "#6a1b9a", "#1565c0", "#00838f", "#4e342e"};

  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0;color:#1a1a1a;"
          + "background:#fff;line-height:1.45}\n"
          + "main{max-width:60rem;margin:0 auto;padding:1rem}\n"
          + "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;border-bottom:2px solid #ddd;"
          + "padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem}\n"
          + ".meta,.note{color:#444;font-size:.95rem}\n"
          + "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}\n"
          + "th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}\n"
          + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\n"
          + "thead th{background:#f2f2f2}\n"
          + ".scroll{overflow-x:auto}\n"
          + "svg{width:100%;height:auto;max-width:44rem;display:block;margin:.5rem 0}\n"
          + "svg text{font-size:12px;fill:#1a1a1a}\n"
          + "@media (max-width:40rem){main{padding:.5rem}th,td{padding:.2rem .3rem;font-size:.85rem}"
          + "h1{font-size:1.3rem}}\n"
          + "@media print{body{font-size:10pt}main{max-width:none;padding:0}section{break-inside:avoid}"
          + ".scroll{overflow:visible}a{color:inherit;text-decoration:none}h2{break-after:avoid}}\n";

  private HtmlReport() {}

  /**
   * Renders a report.
   *
   * @param title the page title, any text (escaped); not null
   * @param report the report; not null
   * @return the HTML page
   */
  public static String render(String title, AuditReport report) {
    return render(title, report, Optional.empty());
  }

  /**
   * Renders a report with a multi-agency overview.
   *
   * @param title the page title, any text (escaped); not null
   * @param report the report; not null
   * @param overview the multi-agency overview, if any; not null
   * @return the HTML page
   */
  public static String render(String title, AuditReport report, Optional<MultiAgencyOverview> overview) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(overview, "overview");
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"meta\">As of ").append(escape(report.asOfDate().toString())).append(": ")
        .append(report.audits()).append(" audits allocated, ").append(report.completed())
        .append(" completed.</p>\n");
    compliance(h, report);
    domains(h, report);
    trends(h, report);
    grades(h, "Judgements", report.grades());
    cohorts(h, report.cohorts());
    escalations(h, report.escalations(), report.actions());
    quotas(h, report.quotas().roles());
    moderation(h, report);
    overview.ifPresent(o -> multiAgency(h, o));
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
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

  private static String percent(Proportion p) {
    if (p.total() == 0) {
      return "\u2013";
    }
    String text = num(100.0 * p.count() / p.total(), 1) + "%";
    Optional<ConfidenceInterval> ci = p.wilson95();
    return ci.map(c -> text + " (95% CI " + num(100 * c.lower(), 1) + "\u2013" + num(100 * c.upper(), 1) + "%)")
        .orElse(text);
  }

  private static void compliance(StringBuilder h, AuditReport report) {
    h.append("<section>\n<h2>Audit compliance</h2>\n<p>").append(report.compliance().completedOnTime())
        .append(" of ").append(report.compliance().allocated()).append(" allocated audits completed on time: ")
        .append(percent(report.compliance().onTime())).append(". ").append(report.compliance().completedLate())
        .append(" late, ").append(report.compliance().notCompleted()).append(" not completed (")
        .append(report.compliance().overdue()).append(" overdue, ").append(report.compliance().pending())
        .append(" not yet due).</p>\n");
    List<MonthlyCompliance> months = report.complianceByMonth();
    if (!months.isEmpty()) {
      int width = 60 + 70 * months.size();
      h.append("<svg viewBox=\"0 0 ").append(width).append(" 180\" role=\"img\" aria-label=\"Compliance by month\">\n")
          .append("<line x1=\"40\" y1=\"150\" x2=\"").append(width - 10).append("\" y2=\"150\" stroke=\"#888\"/>\n");
      for (int i = 0; i < months.size(); i++) {
        double share = months.get(i).compliance().onTime().share().orElse(0);
        int x = 50 + 70 * i;
        int barHeight = (int) Math.round(130 * share);
        h.append("<rect x=\"").append(x).append("\" y=\"").append(150 - barHeight).append("\" width=\"50\" height=\"")
            .append(barHeight).append("\" fill=\"#1565c0\"/>\n<text x=\"").append(x + 25).append("\" y=\"")
            .append(145 - barHeight).append("\" text-anchor=\"middle\">").append(num(100 * share, 0))
            .append("%</text>\n<text x=\"").append(x + 25).append("\" y=\"166\" text-anchor=\"middle\">")
            .append(escape(months.get(i).month().toString())).append("</text>\n");
      }
      h.append("</svg>\n");
    }
    h.append("</section>\n");
  }

  private static void domains(StringBuilder h, AuditReport report) {
    h.append("<section>\n<h2>Average score by domain</h2>\n<p>Overall average ")
        .append(stat(report.overallAverage(), 1)).append(" over ").append(report.scoredAudits())
        .append(" scored audits (each audit's average over its applicable domains; N/A excluded).");
    report.weakestDomain().ifPresent(d -> h.append(" Weakest: ").append(escape(title(report, d))).append('.'));
    report.strongestDomain().ifPresent(d -> h.append(" Strongest: ").append(escape(title(report, d))).append('.'));
    h.append("</p>\n");
    List<DomainResult> domains = report.domains();
    int height = 30 + 28 * domains.size();
    h.append("<svg viewBox=\"0 0 640 ").append(height).append("\" role=\"img\" aria-label=\"Average score by domain\">\n");
    for (int i = 0; i < domains.size(); i++) {
      DomainResult d = domains.get(i);
      int y = 10 + 28 * i;
      double share = d.average().isComputable()
          ? (d.average().orElse(0) - d.scaleMin()) / Math.max(1, d.scaleMax() - d.scaleMin())
          : 0;
      int barWidth = (int) Math.round(360 * share);
      h.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(escape(shorten(d.title(), 30))).append("</text>\n")
          .append("<rect x=\"220\" y=\"").append(y).append("\" width=\"360\" height=\"20\" fill=\"#eee\"/>\n")
          .append("<rect x=\"220\" y=\"").append(y).append("\" width=\"").append(barWidth)
          .append("\" height=\"20\" fill=\"#2e7d32\"/>\n<text x=\"588\" y=\"").append(y + 15).append("\">")
          .append(stat(d.average(), 1)).append("</text>\n");
    }
    h.append("</svg>\n");
    domainTable(h, domains);
    h.append("</section>\n");
  }

  private static void domainTable(StringBuilder h, List<DomainResult> domains) {
    h.append("<div class=\"scroll\"><table>\n<thead><tr><th>Domain</th><th class=\"n\">Average</th>")
        .append("<th class=\"n\">Scale</th><th class=\"n\">Scored</th><th class=\"n\">N/A</th>")
        .append("<th class=\"n\">Not scored</th></tr></thead>\n<tbody>\n");
    for (DomainResult d : domains) {
      h.append("<tr><td>").append(escape(d.title())).append("</td><td class=\"n\"").append(statTitle(d.average()))
          .append('>').append(stat(d.average(), 1)).append("</td><td class=\"n\">").append(d.scaleMin())
          .append('\u2013').append(d.scaleMax()).append("</td><td class=\"n\">").append(d.scored())
          .append("</td><td class=\"n\">").append(d.notApplicable()).append("</td><td class=\"n\">")
          .append(d.notScored()).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
  }

  private static String title(AuditReport report, String domainId) {
    for (DomainResult d : report.domains()) {
      if (d.domainId().equals(domainId)) {
        return d.title();
      }
    }
    return domainId;
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  private static void trends(StringBuilder h, AuditReport report) {
    h.append("<section>\n<h2>Month on month</h2>\n");
    List<MonthlyAverage> months = report.overallTrend().months();
    if (months.size() >= 2) {
      int width = 120 + 90 * (months.size() - 1);
      h.append("<svg viewBox=\"0 0 ").append(width + 140).append(" 200\" role=\"img\" aria-label=\"Average score by month\">\n")
          .append("<line x1=\"40\" y1=\"170\" x2=\"").append(width).append("\" y2=\"170\" stroke=\"#888\"/>\n");
      for (int i = 0; i < months.size(); i++) {
        h.append("<text x=\"").append(60 + 90 * i).append("\" y=\"188\" text-anchor=\"middle\">")
            .append(escape(months.get(i).month().toString())).append("</text>\n");
      }
      List<Trend> lines = new java.util.ArrayList<>();
      lines.add(report.overallTrend());
      lines.addAll(report.domainTrends());
      for (int t = 0; t < lines.size(); t++) {
        Trend trend = lines.get(t);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < trend.months().size(); i++) {
          Statistic average = trend.months().get(i).average();
          if (average.isComputable()) {
            double y = 170 - 150 * scaled(report, trend.domainId(), average.orElse(0));
            points.append(points.length() == 0 ? "" : " ").append(60 + 90 * i).append(',').append(num(y, 1));
          }
        }
        h.append("<polyline fill=\"none\" stroke=\"").append(t == 0 ? "#000" : PALETTE[(t - 1) % PALETTE.length])
            .append("\" stroke-width=\"").append(t == 0 ? 3 : 1.5).append("\" points=\"").append(points)
            .append("\"/>\n<text x=\"").append(width + 5).append("\" y=\"").append(20 + 16 * t).append("\" fill=\"")
            .append(t == 0 ? "#000" : PALETTE[(t - 1) % PALETTE.length]).append("\">")
            .append(escape(shorten(t == 0 ? "Overall" : title(report, trend.domainId()), 18))).append("</text>\n");
      }
      h.append("</svg>\n");
    }
    h.append("<div class=\"scroll\"><table>\n<thead><tr><th>Domain</th>");
    for (MonthlyAverage m : months) {
      h.append("<th class=\"n\">").append(escape(m.month().toString())).append("</th>");
    }
    h.append("<th>Latest change</th></tr></thead>\n<tbody>\n");
    trendRow(h, "Overall", report.overallTrend());
    for (Trend trend : report.domainTrends()) {
      trendRow(h, title(report, trend.domainId()), trend);
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
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
    h.append("<tr><td>").append(escape(name)).append("</td>");
    for (MonthlyAverage m : trend.months()) {
      h.append("<td class=\"n\">").append(stat(m.average(), 1)).append("</td>");
    }
    h.append("<td class=\"note\">").append(escape(trend.latestChange().map(c -> c.note()).orElse("\u2013")))
        .append("</td></tr>\n");
  }

  private static void grades(StringBuilder h, String heading, GradeDistribution grades) {
    h.append("<section>\n<h2>").append(escape(heading)).append("</h2>\n<p>").append(grades.graded())
        .append(" graded; good or better: ").append(percent(grades.goodOrBetter())).append(".</p>\n");
    h.append("<svg viewBox=\"0 0 640 60\" role=\"img\" aria-label=\"Grade distribution\">\n");
    int x = 0;
    for (GradeCount g : grades.grades()) {
      int w = (int) Math.round(640 * g.tenthsOfPercent() / 1000.0);
      if (w > 0) {
        h.append("<rect x=\"").append(x).append("\" y=\"0\" width=\"").append(w).append("\" height=\"30\" fill=\"")
            .append(PALETTE[g.rank() % PALETTE.length]).append("\"><title>").append(escape(g.label())).append(": ")
            .append(num(g.tenthsOfPercent() / 10.0, 1)).append("%</title></rect>\n");
      }
      x += w;
    }
    int lx = 0;
    for (GradeCount g : grades.grades()) {
      h.append("<rect x=\"").append(lx).append("\" y=\"40\" width=\"12\" height=\"12\" fill=\"")
          .append(PALETTE[g.rank() % PALETTE.length]).append("\"/><text x=\"").append(lx + 16).append("\" y=\"51\">")
          .append(escape(shorten(g.label(), 20))).append("</text>\n");
      lx += 160;
    }
    h.append("</svg>\n<div class=\"scroll\"><table>\n<thead><tr><th>Grade</th><th class=\"n\">Audits</th>")
        .append("<th class=\"n\">Share</th></tr></thead>\n<tbody>\n");
    for (GradeCount g : grades.grades()) {
      h.append("<tr><td>").append(escape(g.label())).append("</td><td class=\"n\">").append(g.count())
          .append("</td><td class=\"n\">").append(num(g.tenthsOfPercent() / 10.0, 1)).append("%</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static void cohorts(StringBuilder h, List<CohortResult> cohorts) {
    if (cohorts.isEmpty()) {
      return;
    }
    h.append("<section>\n<h2>Cohorts</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>By</th><th>Cohort</th>")
        .append("<th class=\"n\">Audits</th>");
    for (GradeCount g : cohorts.get(0).grades().grades()) {
      h.append("<th class=\"n\">").append(escape(g.label())).append("</th>");
    }
    h.append("<th class=\"n\">Good or better</th>");
    for (DomainResult d : cohorts.get(0).domains()) {
      h.append("<th class=\"n\">").append(escape(d.title())).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (CohortResult c : cohorts) {
      h.append("<tr><td>").append(escape(c.dimension())).append("</td><td>").append(escape(c.value()))
          .append("</td><td class=\"n\">").append(c.audits()).append("</td>");
      for (GradeCount g : c.grades().grades()) {
        h.append("<td class=\"n\">").append(g.count()).append(" (").append(num(g.tenthsOfPercent() / 10.0, 1))
            .append("%)</td>");
      }
      h.append("<td class=\"n\">").append(percent(c.grades().goodOrBetter())).append("</td>");
      for (DomainResult d : c.domains()) {
        h.append("<td class=\"n\">").append(stat(d.average(), 1)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static void escalations(StringBuilder h, List<EscalationLine> lines, ActionSummary actions) {
    h.append("<section>\n<h2>Escalations and actions</h2>\n");
    if (lines.isEmpty()) {
      h.append("<p>No escalations.</p>\n");
    } else {
      h.append("<table>\n<thead><tr><th>Category</th><th class=\"n\">Raised</th><th class=\"n\">Open</th>")
          .append("<th class=\"n\">Overdue</th><th class=\"n\">Counted from completion day</th></tr></thead>\n")
          .append("<tbody>\n");
      long unrecorded = 0;
      for (EscalationLine line : lines) {
        h.append("<tr><td>").append(line.category()).append("</td><td class=\"n\">").append(line.raised())
            .append("</td><td class=\"n\">").append(line.open()).append("</td><td class=\"n\">").append(line.overdue())
            .append("</td><td class=\"n\">").append(line.countedFromCompletionDay()).append("</td></tr>\n");
        unrecorded += line.countedFromCompletionDay();
      }
      h.append("</tbody>\n</table>\n");
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
    h.append("<section>\n<h2>Quotas by role</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>Role</th>")
        .append("<th class=\"n\">People</th><th class=\"n\">Meeting quota</th><th class=\"n\">Audits required</th>")
        .append("<th class=\"n\">Completed</th></tr></thead>\n<tbody>\n");
    for (RoleQuotaStatus q : quotas) {
      h.append("<tr><td>").append(escape(q.quota().role().id())).append("</td><td class=\"n\">").append(q.people())
          .append("</td><td class=\"n\">").append(q.peopleMeeting()).append("</td><td class=\"n\">")
          .append(q.required()).append("</td><td class=\"n\">").append(q.doneWithinQuota()).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static void moderation(StringBuilder h, AuditReport report) {
    AgreementSummary a = report.moderation().agreement();
    h.append("<section>\n<h2>Moderation</h2>\n<p>").append(a.pairs()).append(" audits moderated.</p>\n")
        .append("<table>\n<thead><tr><th>Measure</th><th class=\"n\">Value</th></tr></thead>\n<tbody>\n");
    row(h, "Exact agreement", a.exact(), true);
    row(h, "Agreement within one grade", a.withinOne(), true);
    row(h, "Cohen's kappa", a.cohenKappa(), false);
    row(h, "Linear-weighted kappa", a.linearKappa(), false);
    row(h, "Quadratic-weighted kappa", a.quadraticKappa(), false);
    row(h, "Krippendorff's ordinal alpha", a.ordinalAlpha(), false);
    h.append("</tbody>\n</table>\n");
    List<AuditorMovement> auditors = report.moderation().auditors();
    if (!auditors.isEmpty()) {
      h.append("<div class=\"scroll\"><table>\n<thead><tr><th>Auditor</th><th class=\"n\">Moderated</th>")
          .append("<th class=\"n\">Moved up</th><th class=\"n\">Moved down</th><th class=\"n\">Same</th></tr></thead>\n<tbody>\n");
      for (AuditorMovement m : auditors) {
        h.append("<tr><td>").append(escape(m.auditor().value())).append("</td><td class=\"n\">").append(m.moderated())
            .append("</td><td class=\"n\">").append(m.raised()).append("</td><td class=\"n\">").append(m.lowered())
            .append("</td><td class=\"n\">").append(m.same()).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table></div>\n");
    }
    h.append("</section>\n");
  }

  private static void row(StringBuilder h, String name, Statistic s, boolean asPercent) {
    h.append("<tr><td>").append(escape(name)).append("</td><td class=\"n\">");
    if (s.isComputable()) {
      h.append(asPercent ? num(100 * s.orElse(0), 1) + "%" : num(s.orElse(0), 3));
    } else {
      h.append("not computable: ").append(escape(s.reason().orElse("")));
    }
    h.append("</td></tr>\n");
  }

  private static void multiAgency(StringBuilder h, MultiAgencyOverview o) {
    h.append("<section>\n<h2>Multi-agency overview</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>Case</th>")
        .append("<th>Area</th>");
    for (String agency : o.agencies()) {
      h.append("<th>").append(escape(agency)).append("</th>");
    }
    h.append("<th class=\"n\">Spread</th></tr></thead>\n<tbody>\n");
    for (AgencyComparison c : o.comparisons()) {
      h.append("<tr><td>").append(escape(c.caseId().value())).append("</td><td>").append(escape(c.area())).append("</td>");
      for (String agency : o.agencies()) {
        Grade grade = c.grades().get(agency);
        h.append("<td>").append(grade == null ? "\u2013" : escape(grade.label())).append("</td>");
      }
      h.append("<td class=\"n\">").append(c.spread()).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n<h3>Where agencies disagree</h3>\n");
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
      grades(h, "Grades given by " + e.getKey(), e.getValue());
    }
    h.append("</section>\n");
  }
}
