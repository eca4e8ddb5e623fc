package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.programme.EntryProgress;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.programme.ProgrammeProgress;
import org.practiceaudit.core.report.AgencyComparison;
import org.practiceaudit.core.report.AuditDeadline;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.AuditorCompliance;
import org.practiceaudit.core.report.CohortResult;
import org.practiceaudit.core.report.DomainResult;
import org.practiceaudit.core.report.EscalationDeadline;
import org.practiceaudit.core.report.EscalationLine;
import org.practiceaudit.core.report.GradeCount;
import org.practiceaudit.core.report.GradeDistribution;
import org.practiceaudit.core.report.MonthlyGrades;
import org.practiceaudit.core.report.MultiAgencyOverview;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.html.HtmlReport;
import org.practiceaudit.json.AuditJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a report from audits and writes it as the command line's JSON contract, as HTML and as a
 * short text summary. Shares and averages in JSON are rounded to four decimal places; {@code null}
 * stands for a figure that cannot be computed (no audit scored a domain, nothing graded).
 */
final class Reports {

  private Reports() {}

  /**
   * Returns the instant a report dated {@code day} is judged at: the end of that day in
   * Europe/London.
   */
  static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(WorkingCalendar.LONDON).toInstant();
  }

  /**
   * The latest allocation or completion date, so that the same file always gives the same report
   * (and the same check).
   */
  static LocalDate latestDate(List<Audit> read) {
    LocalDate latest = LocalDate.MIN;
    for (Audit audit : read) {
      latest = latest(latest, audit);
    }
    return latest;
  }

  /** The latest of a date and an audit's allocation and completion dates. */
  static LocalDate latest(LocalDate latest, Audit audit) {
    LocalDate last =
        audit.completedOn().filter(d -> d.isAfter(audit.allocatedOn())).orElse(audit.allocatedOn());
    return last.isAfter(latest) ? last : latest;
  }

  /**
   * Computes the report of audits made under a framework.
   *
   * @throws InputException if the framework has no domains, which a report needs
   */
  static AuditReport build(
      AuditFramework framework, List<Audit> audits, LocalDate asOf, List<String> cohorts) {
    return aggregate(framework, audits, asOf, cohorts).toReport();
  }

  /**
   * Computes the mergeable aggregate of audits made under a framework, whose {@link
   * ReportAggregate#toReport()} is {@link #build}'s report.
   *
   * @throws InputException if the framework has no domains, which a report needs
   */
  static ReportAggregate aggregate(
      AuditFramework framework, List<Audit> audits, LocalDate asOf, List<String> cohorts) {
    return ReportAggregate.of(spec(framework, asOf, cohorts), audits);
  }

  /**
   * The report spec of a framework as of the end of a day: its domains, grade scale, audit and
   * escalation deadlines, and the cohorts compared.
   *
   * @throws InputException if the framework has no domains, which a report needs
   */
  static ReportSpec spec(AuditFramework framework, LocalDate asOf, List<String> cohorts) {
    if (framework.domains().isEmpty()) {
      throw new InputException(
          "framework '"
              + framework.id()
              + "' has no domains; a report needs a"
              + " framework with at least one scored domain");
    }
    return ReportSpec.builder()
        .addAllDomains(framework.domains())
        .gradeScale(framework.gradeScale())
        .asOf(endOf(asOf))
        .auditDeadline(AuditDeadline.of(framework))
        .escalationDeadline(EscalationDeadline.followUps(framework))
        .addAllCohortAttributes(cohorts)
        .build();
  }

  /**
   * The report as the command line's JSON document: the framework's {@code framework} id and {@code
   * framework_version}, then the report in its one JSON form, audit-json's interchange {@code
   * AuditReport}, unchanged.
   */
  static ObjectNode toJson(AuditFramework framework, AuditReport report) {
    ObjectNode json = Json.object();
    json.put("framework", framework.id());
    json.put("framework_version", framework.version());
    json.setAll((ObjectNode) AuditJson.mapper().valueToTree(report));
    return json;
  }

  /** A short plain-text summary of the report. */
  static void printSummary(PrintWriter out, AuditFramework framework, AuditReport report) {
    out.printf(
        "report: framework %s %s, as of %s%n",
        framework.id(), framework.version(), report.asOfDate());
    Compliance compliance = report.compliance();
    out.printf(
        "audits: %d allocated, %d completed (%d on time, %d late), %d overdue, %d not yet due;"
            + " compliance %s%n",
        report.audits(),
        report.completed(),
        compliance.completedOnTime(),
        compliance.completedLate(),
        compliance.overdue(),
        compliance.pending(),
        percent(compliance.onTime()));
    printAuditors(out, report);
    out.printf(
        "average domain score: %s (%s)%n",
        number(report.overallAverage()),
        Plurals.count(report.scoredAudits(), "scored audit", "scored audits"));
    for (DomainResult domain : report.domains()) {
      out.printf(
          "  %-28s %5s  scored %d, n/a %d%n",
          domain.domainId(), number(domain.average()), domain.scored(), domain.notApplicable());
    }
    out.printf(
        "grades: %s (%d graded, good or better %s)%n",
        gradeCounts(report.grades()),
        report.grades().graded(),
        percent(report.grades().goodOrBetter()));
    printGradesByMonth(out, report);
    printCohorts(out, report);
    if (report.escalations().isEmpty()) {
      out.printf("escalations: none tracked%n");
    }
    for (EscalationLine line : report.escalations()) {
      out.printf(
          "escalations, category %d: %d raised, %d open, %d overdue%s%n",
          line.category(),
          line.raised(),
          line.open(),
          line.overdue(),
          line.countedFromCompletionDay() == 0
              ? ""
              : " ("
                  + line.countedFromCompletionDay()
                  + " counted from the completion day: escalation time"
                  + " not recorded)");
    }
  }

  /** Compliance by auditor, one line each (D12). */
  private static void printAuditors(PrintWriter out, AuditReport report) {
    for (AuditorCompliance auditor : report.complianceByAuditor()) {
      Compliance c = auditor.compliance();
      out.printf(
          "  auditor %-12s %d allocated, %d on time, %d late, %d overdue, %d not yet due;"
              + " compliance %s%n",
          auditor.auditor(),
          c.allocated(),
          c.completedOnTime(),
          c.completedLate(),
          c.overdue(),
          c.pending(),
          percent(c.onTime()));
    }
  }

  /** The judgements of each month of completion, one line each (D17). */
  private static void printGradesByMonth(PrintWriter out, AuditReport report) {
    for (MonthlyGrades month : report.gradesByMonth()) {
      out.printf(
          "  completed %s: %s (%d graded, good or better %s)%n",
          month.month(),
          gradeCounts(month.grades()),
          month.grades().graded(),
          percent(month.grades().goodOrBetter()));
    }
  }

  /** Each cohort with its judgements and its weakest and strongest domain (D15). */
  private static void printCohorts(PrintWriter out, AuditReport report) {
    for (CohortResult cohort : report.cohorts()) {
      out.printf(
          "cohort %s=%s: %s, good or better %s; weakest domain %s, strongest %s%n",
          cohort.dimension(),
          cohort.value(),
          Plurals.count(cohort.audits(), "completed audit", "completed audits"),
          percent(cohort.grades().goodOrBetter()),
          domainWithAverage(cohort, cohort.weakestDomain()),
          domainWithAverage(cohort, cohort.strongestDomain()));
    }
  }

  private static String domainWithAverage(CohortResult cohort, Optional<String> id) {
    for (DomainResult d : cohort.domains()) {
      if (id.isPresent() && d.domainId().equals(id.get())) {
        return d.domainId() + " " + number(d.average());
      }
    }
    return "n/a";
  }

  private static String gradeCounts(GradeDistribution distribution) {
    StringBuilder grades = new StringBuilder();
    for (GradeCount grade : distribution.grades()) {
      if (grades.length() > 0) {
        grades.append(", ");
      }
      grades.append(grade.label()).append(' ').append(grade.count());
    }
    return grades.toString();
  }

  /**
   * Writes the report as a self-contained HTML page, escalation categories named as the framework
   * names them.
   *
   * @throws InputException if the file cannot be written
   */
  static void writeHtml(Path file, String title, AuditFramework framework, AuditReport report) {
    writeHtml(file, title, framework, report, Optional.empty(), Optional.empty());
  }

  /**
   * Writes the report's HTML page, with the audit programme's progress and the multi-agency
   * overview when there are.
   */
  static void writeHtml(
      Path file,
      String title,
      AuditFramework framework,
      AuditReport report,
      Optional<ProgrammeProgress> programme,
      Optional<MultiAgencyOverview> overview) {
    TextFiles.write(
        file,
        HtmlReport.render(title, report, framework.escalationCategories(), overview, programme));
  }

  /**
   * Prints the multi-agency overview (London, L4, L14): for each area of work, the grades every
   * agency gave it, then each agency's own, and the places where agencies disagree.
   *
   * @param out where to print
   * @param overview the overview
   */
  static void printOverview(PrintWriter out, MultiAgencyOverview overview) {
    out.printf(
        "multi-agency overview: %s (%s), %s, %s%n",
        Plurals.count(overview.agencies().size(), "agency", "agencies"),
        String.join(", ", overview.agencies()),
        Plurals.count(overview.areas().size(), "area of work", "areas of work"),
        Plurals.count(overview.disagreements().size(), "disagreement", "disagreements"));
    overview
        .byArea()
        .forEach(
            (area, all) -> {
              out.printf("  area %s, all agencies: %s%n", area, gradesLine(all));
              overview
                  .byAgencyAndArea()
                  .forEach(
                      (agency, areas) -> {
                        if (areas.containsKey(area)) {
                          out.printf("    %s: %s%n", agency, gradesLine(areas.get(area)));
                        }
                      });
            });
    for (AgencyComparison c : overview.disagreements()) {
      StringBuilder grades = new StringBuilder();
      c.grades()
          .forEach(
              (agency, grade) ->
                  grades
                      .append(grades.length() == 0 ? "" : ", ")
                      .append(agency)
                      .append(' ')
                      .append(grade.label()));
      out.printf("  disagreement, case %s, %s: %s%n", c.caseId(), c.area(), grades);
    }
  }

  private static String gradesLine(GradeDistribution d) {
    return String.format(
        "%s (%d graded, good or better %s)", gradeCounts(d), d.graded(), percent(d.goodOrBetter()));
  }

  /**
   * Prints the audit programme's progress: the total, then planned against done for each entry.
   *
   * @param out where to print
   * @param progress the progress
   */
  static void printProgramme(PrintWriter out, ProgrammeProgress progress) {
    out.printf(
        "programme: %d of %d planned audits done%n", progress.doneTotal(), progress.plannedTotal());
    for (EntryProgress e : progress.entries()) {
      ProgrammeEntry entry = e.entry();
      out.printf(
          "  %s %s%s%s: %d done%s%n",
          entry.month() + (entry.until().equals(entry.month()) ? "" : " to " + entry.until()),
          entry.auditType(),
          entry.theme().map(t -> " (" + t + ")").orElse(""),
          entry.jointWith().map(p -> " jointly with " + p).orElse(""),
          e.done(),
          e.planned().isPresent() ? " of " + e.planned().getAsInt() + " planned" : "");
    }
  }

  private static String number(Statistic statistic) {
    return statistic.value().isPresent()
        ? String.format(java.util.Locale.ROOT, "%.2f", statistic.value().getAsDouble())
        : "n/a";
  }

  static String percent(Proportion proportion) {
    return proportion.share().value().isPresent()
        ? String.format(
            java.util.Locale.ROOT, "%.1f%%", 100 * proportion.share().value().getAsDouble())
        : "n/a";
  }
}
