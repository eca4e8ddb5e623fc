package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.InterchangeCodecs.array;
import static org.practiceaudit.json.binding.QuotaCodecs.quotaReport;
import static org.practiceaudit.json.binding.StatisticCodecs.agreement;
import static org.practiceaudit.json.binding.StatisticCodecs.interval;
import static org.practiceaudit.json.binding.StatisticCodecs.meanChange;
import static org.practiceaudit.json.binding.StatisticCodecs.proportion;
import static org.practiceaudit.json.binding.StatisticCodecs.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.report.ActionSummary;
import org.practiceaudit.core.report.AgencyComparison;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.AuditorCompliance;
import org.practiceaudit.core.report.AuditorMovement;
import org.practiceaudit.core.report.CohortResult;
import org.practiceaudit.core.report.DomainResult;
import org.practiceaudit.core.report.EscalationLine;
import org.practiceaudit.core.report.GradeCount;
import org.practiceaudit.core.report.GradeDistribution;
import org.practiceaudit.core.report.ModerationResults;
import org.practiceaudit.core.report.MonthlyAverage;
import org.practiceaudit.core.report.MonthlyCompliance;
import org.practiceaudit.core.report.MonthlyGrades;
import org.practiceaudit.core.report.MultiAgencyOverview;
import org.practiceaudit.core.report.Trend;
import org.practiceaudit.core.timeliness.Compliance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of finished reports and the multi-agency overview, written only (audit-core's
 * {@code report} package).
 */
final class ReportCodecs {

  private ReportCodecs() {}

  /**
   * A share or an average of a finished report as the command line's contract gives it: a number
   * rounded half-even to four decimal places, or {@code null} when it cannot be computed.
   */
  private static void putFigure(ObjectNode o, String name, Statistic statistic) {
    OptionalDouble value = statistic.value();
    if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
      o.put(
          name,
          BigDecimal.valueOf(value.getAsDouble())
              .setScale(4, RoundingMode.HALF_EVEN)
              .doubleValue());
    } else {
      o.putNull(name);
    }
  }

  /**
   * Puts a grade distribution's fields into {@code o}: {@code grades} (an object from grade label,
   * best first, to {@code {count, share, rank, tenths_of_percent, wilson_95}}), {@code graded},
   * {@code good_or_better} (a share) and {@code grade_scale_id}. A report and a cohort carry these
   * fields themselves; elsewhere they make an object of their own.
   */
  private static ObjectNode putDistribution(ObjectNode o, GradeDistribution d) {
    ObjectNode grades = o.putObject("grades");
    for (GradeCount c : d.grades()) {
      ObjectNode g = grades.putObject(c.label()).put("count", c.count());
      putFigure(g, "share", c.proportion().share());
      g.put("rank", c.rank()).put("tenths_of_percent", c.tenthsOfPercent());
      c.proportion().wilson95().ifPresent(i -> g.set("wilson_95", interval(i)));
    }
    o.put("graded", d.graded());
    putFigure(o, "good_or_better", d.goodOrBetter().share());
    return o.put("grade_scale_id", d.scaleId());
  }

  static JsonNode distribution(GradeDistribution d) {
    return putDistribution(Fields.object(), d);
  }

  static JsonNode domainResult(DomainResult d) {
    ObjectNode o = Fields.object().put("id", d.domainId()).put("title", d.title());
    putFigure(o, "average", d.average());
    return o.put("scored", d.scored())
        .put("not_applicable", d.notApplicable())
        .put("not_scored", d.notScored())
        .put("min", d.scaleMin())
        .put("max", d.scaleMax());
  }

  static JsonNode compliance(Compliance c) {
    ObjectNode o =
        Fields.object()
            .put("allocated", c.allocated())
            .put("completed_on_time", c.completedOnTime())
            .put("completed_late", c.completedLate())
            .put("not_completed", c.notCompleted())
            .put("overdue", c.overdue())
            .put("pending", c.pending());
    o.set("on_time", proportion(c.onTime()));
    return o;
  }

  /**
   * Puts {@code compliance} (the share completed on time) and {@code compliance_detail} (the
   * counts).
   */
  private static void putCompliance(ObjectNode o, Compliance c) {
    putFigure(o, "compliance", c.onTime().share());
    o.set("compliance_detail", compliance(c));
  }

  static JsonNode trend(Trend t) {
    ObjectNode o = Fields.object().put("domain_id", t.domainId());
    o.set(
        "months",
        array(
            t.months(),
            x -> {
              MonthlyAverage m = (MonthlyAverage) x;
              ObjectNode month =
                  Fields.object().put("month", m.month().toString()).put("audits", m.audits());
              putFigure(month, "average", m.average());
              return month;
            }));
    t.latestChange().ifPresent(c -> o.set("latest_change", meanChange(c)));
    return o;
  }

  static JsonNode moderationResults(ModerationResults m) {
    ObjectNode o = Fields.object();
    o.set("table", table(m.table()));
    o.set("agreement", agreement(m.agreement()));
    o.set(
        "auditors",
        array(
            m.auditors(),
            x -> {
              AuditorMovement a = (AuditorMovement) x;
              return Fields.object()
                  .put("auditor_id", a.auditor().toString())
                  .put("raised", a.raised())
                  .put("lowered", a.lowered())
                  .put("same", a.same());
            }));
    return o;
  }

  /**
   * A finished report, in the shape of the command line's documented {@code report --json}
   * contract, which prints this form with the framework's id and version before it: the documented
   * fields first, in the documented order ({@code as_of} ... {@code actions}), then the report's
   * further results. Shares and averages are numbers rounded to four decimal places, or {@code
   * null}.
   */
  static JsonNode report(AuditReport r) {
    ObjectNode o = Fields.object();
    o.put("as_of", r.asOfDate().toString());
    o.put("audits", r.audits());
    o.put("completed", r.completed());
    putCompliance(o, r.compliance());
    o.set("compliance_by_month", array(r.complianceByMonth(), x -> month((MonthlyCompliance) x)));
    o.put("scored_audits", r.scoredAudits());
    putFigure(o, "average", r.overallAverage());
    o.set("domains", array(r.domains(), x -> domainResult((DomainResult) x)));
    o.put("weakest_domain", r.weakestDomain().orElse(null));
    o.put("strongest_domain", r.strongestDomain().orElse(null));
    putDistribution(o, r.grades());
    o.set("escalations", array(r.escalations(), x -> escalation((EscalationLine) x)));
    o.set("actions", actions(r.actions()));
    o.set("overall_trend", trend(r.overallTrend()));
    o.set("domain_trends", array(r.domainTrends(), x -> trend((Trend) x)));
    o.set(
        "grades_by_month",
        array(
            r.gradesByMonth(),
            x ->
                putDistribution(
                    Fields.object().put("month", ((MonthlyGrades) x).month().toString()),
                    ((MonthlyGrades) x).grades())));
    o.set("cohorts", array(r.cohorts(), x -> cohort((CohortResult) x)));
    o.set(
        "compliance_by_auditor",
        array(r.complianceByAuditor(), x -> auditorCompliance((AuditorCompliance) x)));
    o.set("quotas", quotaReport(r.quotas()));
    o.set("moderation", moderationResults(r.moderation()));
    return o;
  }

  private static JsonNode month(MonthlyCompliance m) {
    ObjectNode month = Fields.object().put("month", m.month().toString());
    putCompliance(month, m.compliance());
    return month;
  }

  /** One escalation category's line, in the report and in its mergeable state alike. */
  static JsonNode escalation(EscalationLine e) {
    return Fields.object()
        .put("category", e.category())
        .put("raised", e.raised())
        .put("open", e.open())
        .put("overdue", e.overdue())
        .put("counted_from_completion_day", e.countedFromCompletionDay());
  }

  /** The actions' counts, in the report and in its mergeable state alike. */
  static JsonNode actions(ActionSummary a) {
    return Fields.object()
        .put("total", a.total())
        .put("outstanding", a.outstanding())
        .put("overdue", a.overdue());
  }

  private static JsonNode auditorCompliance(AuditorCompliance a) {
    ObjectNode auditor = Fields.object().put("auditor_id", a.auditor().toString());
    putCompliance(auditor, a.compliance());
    return auditor;
  }

  /** A cohort: its grades, domains, weakest and strongest domain (D15). */
  private static JsonNode cohort(CohortResult c) {
    ObjectNode cohort =
        Fields.object()
            .put("dimension", c.dimension())
            .put("value", c.value())
            .put("audits", c.audits());
    putDistribution(cohort, c.grades());
    cohort.set("domains", array(c.domains(), y -> domainResult((DomainResult) y)));
    cohort.put("weakest_domain", c.weakestDomain().orElse(null));
    return cohort.put("strongest_domain", c.strongestDomain().orElse(null));
  }

  static JsonNode comparison(AgencyComparison c) {
    ObjectNode o = Fields.object().put("case_id", c.caseId().toString()).put("area", c.area());
    ObjectNode grades = o.putObject("grades");
    c.grades().forEach((agency, grade) -> grades.put(agency, grade.label()));
    return o.put("spread", c.spread()).put("disagreement", c.isDisagreement());
  }

  static JsonNode overview(MultiAgencyOverview m) {
    ObjectNode o = Fields.object();
    o.set("agencies", array(m.agencies(), x -> Fields.NODES.stringNode((String) x)));
    o.set("areas", array(m.areas(), x -> Fields.NODES.stringNode((String) x)));
    o.set("comparisons", array(m.comparisons(), x -> comparison((AgencyComparison) x)));
    ObjectNode byAgency = o.putObject("by_agency");
    m.byAgency().forEach((agency, d) -> byAgency.set(agency, distribution(d)));
    ObjectNode byArea = o.putObject("by_area");
    m.byArea().forEach((area, d) -> byArea.set(area, distribution(d)));
    ObjectNode byAgencyAndArea = o.putObject("by_agency_and_area");
    m.byAgencyAndArea()
        .forEach(
            (agency, areas) -> {
              ObjectNode node = byAgencyAndArea.putObject(agency);
              areas.forEach((area, d) -> node.set(area, distribution(d)));
            });
    o.set("disagreements", array(m.disagreements(), x -> comparison((AgencyComparison) x)));
    return o;
  }
}
