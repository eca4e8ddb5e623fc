package org.practiceaudit.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.agreement.Agreements;
import org.practiceaudit.core.agreement.MeanChange;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.SampleMoments;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.quota.QuotaReport;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Derives the finished {@link AuditReport} from a report's sums; reads them and never changes them.
 */
final class ReportDerivation {

  private final ReportSpec spec;
  private final SpecLayout layout;
  private final AggregateSums sums;

  /** The keys of the months that hold an audit, in ascending order. */
  private final List<Integer> monthKeys;

  private ReportDerivation(AggregateSums sums) {
    this.sums = sums;
    this.layout = sums.layout;
    this.spec = layout.spec;
    this.monthKeys = new ArrayList<>(new TreeMap<>(sums.months).keySet());
  }

  static AuditReport toReport(AggregateSums sums) {
    return new ReportDerivation(sums).report();
  }

  private AuditReport report() {
    List<DomainResult> domainResults = domainResults(sums.scores, sums.completed);
    List<Trend> trends = new ArrayList<>();
    for (int d = 0; d < layout.domainCount; d++) {
      trends.add(trend(d));
    }
    SampleMoments overall = sums.perAudit.moments();
    return AuditReport.builder()
        .asOf(spec.asOf())
        .audits(sums.audits)
        .completed(sums.completed)
        .compliance(AggregateSums.compliance(sums.timeliness))
        .addAllComplianceByMonth(complianceByMonth())
        .addAllComplianceByAuditor(sums.auditorCompliance())
        .scoredAudits(overall.count())
        .overallAverage(
            overall.count() == 0
                ? Statistic.notComputable("no audit has a score")
                : Statistic.of(overall.sum() / overall.count()))
        .addAllDomains(domainResults)
        .overallTrend(trend(-1))
        .addAllDomainTrends(trends)
        .weakestDomain(extreme(domainResults, -1))
        .strongestDomain(extreme(domainResults, 1))
        .grades(distribution(spec.gradeScale(), sums.grades))
        .addAllGradesByMonth(gradesByMonth())
        .addAllCohorts(cohortResults())
        .addAllEscalations(sums.escalationLines())
        .actions(sums.actionSummary())
        .quotas(quotaReport())
        .moderation(moderationResults())
        .build();
  }

  private List<MonthlyCompliance> complianceByMonth() {
    List<MonthlyCompliance> out = new ArrayList<>();
    for (int key : monthKeys) {
      MonthCounters month = sums.months.get(key);
      if (month.allocated() > 0) {
        out.add(
            MonthlyCompliance.builder()
                .month(AggregateSums.yearMonth(key))
                .compliance(AggregateSums.compliance(month.timeliness))
                .build());
      }
    }
    return out;
  }

  /**
   * The id of the domain with the lowest ({@code sign} -1) or highest ({@code sign} 1) average, the
   * earliest in framework order on a tie; empty when no domain has a score.
   */
  static Optional<String> extreme(List<DomainResult> domains, int sign) {
    Optional<String> found = Optional.empty();
    double best = Double.NEGATIVE_INFINITY;
    for (DomainResult result : domains) {
      if (result.average().isComputable()) {
        double value = sign * result.average().orElse(0);
        if (value > best) {
          best = value;
          found = Optional.of(result.domainId());
        }
      }
    }
    return found;
  }

  private List<MonthlyGrades> gradesByMonth() {
    List<MonthlyGrades> out = new ArrayList<>();
    for (int key : monthKeys) {
      MonthCounters month = sums.months.get(key);
      if (month.completed > 0) {
        out.add(
            MonthlyGrades.builder()
                .month(AggregateSums.yearMonth(key))
                .grades(distribution(spec.gradeScale(), month.grades))
                .build());
      }
    }
    return out;
  }

  private List<DomainResult> domainResults(ScoreCounters cells, long audited) {
    List<DomainResult> out = new ArrayList<>();
    for (int d = 0; d < layout.domainCount; d++) {
      Domain domain = spec.domains().get(d);
      out.add(
          DomainResult.builder()
              .domainId(domain.id())
              .title(domain.title())
              .scaleMin(layout.scaleMin[d])
              .scaleMax(layout.scaleMax[d])
              .scored(cells.count[d])
              .notApplicable(cells.notApplicable[d])
              .notScored(Math.max(0, audited - cells.count[d] - cells.notApplicable[d]))
              .average(
                  cells.moments(d).mean().reason().isPresent()
                      ? Statistic.notComputable("no audit scored this domain")
                      : cells.moments(d).mean())
              .build());
    }
    return out;
  }

  /**
   * The monthly averages of one domain ({@code d} from 0), or of the audits' own averages ({@code
   * d} -1).
   */
  private Trend trend(int d) {
    List<MonthlyAverage> points = new ArrayList<>();
    List<SampleMoments> moments = new ArrayList<>();
    for (int key : monthKeys) {
      MonthCounters month = sums.months.get(key);
      if (month.completed > 0) {
        SampleMoments m = d < 0 ? month.perAudit.moments() : month.scores.moments(d);
        moments.add(m);
        points.add(
            MonthlyAverage.builder()
                .month(AggregateSums.yearMonth(key))
                .audits(m.count())
                .average(m.mean())
                .build());
      }
    }
    int n = moments.size();
    return Trend.builder()
        .domainId(d < 0 ? "overall" : layout.domainIds[d])
        .addAllMonths(points)
        .latestChange(
            n < 2
                ? Optional.empty()
                : Optional.of(MeanChange.between(moments.get(n - 2), moments.get(n - 1))))
        .build();
  }

  /**
   * The distribution of counts per grade rank on a scale, with shares that add up to 1000 tenths.
   */
  static GradeDistribution distribution(GradeScale scale, long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    int[] tenths = GradeShares.tenthsOfPercent(counts);
    List<GradeCount> out = new ArrayList<>();
    long goodOrBetter = 0;
    for (int r = 0; r < counts.length; r++) {
      Grade grade = scale.ofRank(r);
      out.add(
          GradeCount.builder()
              .label(grade.label())
              .rank(r)
              .count(counts[r])
              .tenthsOfPercent(tenths[r])
              .proportion(Proportion.of(counts[r], total))
              .build());
      if (r <= 1) {
        goodOrBetter += counts[r];
      }
    }
    return GradeDistribution.builder()
        .scaleId(scale.id())
        .graded(total)
        .addAllGrades(out)
        .goodOrBetter(Proportion.of(goodOrBetter, total))
        .build();
  }

  private List<CohortResult> cohortResults() {
    List<CohortResult> out = new ArrayList<>();
    for (String dimension : layout.cohortDimensions) {
      Map<String, CohortCounters> values = sums.cohorts.getOrDefault(dimension, Map.of());
      for (Map.Entry<String, CohortCounters> entry : new TreeMap<>(values).entrySet()) {
        CohortCounters cohort = entry.getValue();
        List<DomainResult> domains = domainResults(cohort.scores, cohort.audits);
        out.add(
            CohortResult.builder()
                .dimension(dimension)
                .value(entry.getKey())
                .audits(cohort.audits)
                .grades(distribution(spec.gradeScale(), cohort.grades))
                .addAllDomains(domains)
                .weakestDomain(extreme(domains, -1))
                .strongestDomain(extreme(domains, 1))
                .build());
      }
    }
    return out;
  }

  private QuotaReport quotaReport() {
    if (spec.quotas().isEmpty()) {
      return QuotaReport.builder().build();
    }
    Map<PersonId, Long> done = new HashMap<>();
    sums.byAuditor.forEach((person, counts) -> done.put(person, counts.values[0]));
    return spec.quotas().get().report(done);
  }

  private ModerationResults moderationResults() {
    AgreementTable table = sums.moderationTable();
    return ModerationResults.builder()
        .table(table)
        .agreement(Agreements.summarise(table))
        .addAllAuditors(sums.auditorMovements())
        .build();
  }
}
