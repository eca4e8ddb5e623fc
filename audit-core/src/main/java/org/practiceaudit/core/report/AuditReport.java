package org.practiceaudit.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.quota.QuotaReport;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.timeliness.Compliance;

/**
 * The audit report of a set of audits: compliance overall, by month and by auditor, average score
 * overall and per domain with coverage, month-on-month trends with honest notes, weakest and
 * strongest domain, grade distributions overall, by month and by cohort (each cohort with its
 * weakest and strongest domain), escalations, actions, quota compliance by role and moderation
 * agreement.
 *
 * <p>It covers the figures of Dorset's monthly audit report (June 2019, sections 3 to 5), of the
 * London multi-agency audit pack's overview report ("quantified grades"; see {@link
 * MultiAgencyOverview} for the per-agency view) and of Dudley's monthly dashboard and moderation
 * (audit framework 2017). It is derived from a {@link ReportAggregate}; see there for what each
 * figure counts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AuditReport {

  AuditReport() {}

  /**
   * Returns the instant the report judges overdue items at.
   *
   * @return the report instant
   */
  public abstract Instant asOf();

  /**
   * Returns the report's date as people say it: the day, in Europe/London, of the last moment the
   * report counts, so that a report judged at the end of 30 June 2026 ({@code
   * 2026-06-30T23:00:00Z}) is as of 2026-06-30, and one judged at 09:00 on 1 July is as of
   * 2026-07-01.
   *
   * @return the local date of the report
   */
  public LocalDate asOfDate() {
    return LocalDate.ofInstant(asOf().minusNanos(1), WorkingCalendar.LONDON);
  }

  /**
   * Returns the number of audits aggregated, completed or not.
   *
   * @return the count, 0 or more
   */
  public abstract long audits();

  /**
   * Returns the number of completed audits, which all scores and grades come from.
   *
   * @return the count, 0 or more
   */
  public abstract long completed();

  /**
   * Returns audit compliance over all audits.
   *
   * @return the compliance
   */
  public abstract Compliance compliance();

  /**
   * Returns audit compliance by month of allocation, oldest first.
   *
   * @return the months
   */
  public abstract List<MonthlyCompliance> complianceByMonth();

  /**
   * Returns audit compliance by auditor, so that it can be followed up "on an individual basis"
   * (Dorset monthly audit report, June 2019, 3.1; seed-fidelity review D12). The four counts of all
   * auditors add up to {@link #compliance()}.
   *
   * @return each auditor with an audit allocated, once, in auditor order
   */
  public abstract List<AuditorCompliance> complianceByAuditor();

  /**
   * Returns the number of completed audits with at least one applicable score.
   *
   * @return the count, 0 or more
   */
  public abstract long scoredAudits();

  /**
   * Returns the overall average: the mean over scored audits of each audit's average over its
   * applicable domains (N/A excluded).
   *
   * @return the average, or not computable when no audit has a score
   */
  public abstract Statistic overallAverage();

  /**
   * Returns each domain's average and coverage, in framework order.
   *
   * @return the domains
   */
  public abstract List<DomainResult> domains();

  /**
   * Returns the overall average by month of completion.
   *
   * @return the trend, with id {@code overall}
   */
  public abstract Trend overallTrend();

  /**
   * Returns each domain's average by month of completion, in framework order.
   *
   * @return the trends
   */
  public abstract List<Trend> domainTrends();

  /**
   * Returns the id of the domain with the lowest average (the earliest in framework order on a
   * tie).
   *
   * @return the id, or empty when no domain has a score
   */
  public abstract Optional<String> weakestDomain();

  /**
   * Returns the id of the domain with the highest average (the earliest in framework order on a
   * tie).
   *
   * @return the id, or empty when no domain has a score
   */
  public abstract Optional<String> strongestDomain();

  /**
   * Returns the distribution of overall judgements.
   *
   * @return the distribution
   */
  public abstract GradeDistribution grades();

  /**
   * Returns the distribution of overall judgements by month of completion, oldest first, so that
   * Good, Outstanding and Inadequate can be read month on month (Dorset monthly audit report, June
   * 2019, 5.1-5.3 and 8.1; seed-fidelity review D17).
   *
   * @return the months with a completed audit
   */
  public abstract List<MonthlyGrades> gradesByMonth();

  /**
   * Returns the distributions and averages by cohort: each configured attribute's values, then each
   * audit type, sorted by value.
   *
   * @return the cohorts
   */
  public abstract List<CohortResult> cohorts();

  /**
   * Returns escalations by category, lowest level first.
   *
   * @return the lines
   */
  public abstract List<EscalationLine> escalations();

  /**
   * Returns the recommended actions.
   *
   * @return the summary
   */
  public abstract ActionSummary actions();

  /**
   * Returns quota compliance per person and per role, counted over the report's audits against the
   * spec's {@link ReportSpec#quotas() quotas}.
   *
   * @return the quota report; with no people and no roles when the spec has no quotas
   */
  public abstract QuotaReport quotas();

  /**
   * Returns moderation agreement.
   *
   * @return the results
   */
  public abstract ModerationResults moderation();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAuditReport.Builder builder() {
    return ImmutableAuditReport.builder();
  }

  @Value.Check
  void check() {
    if (audits() < 0) {
      throw new IllegalArgumentException("audits must not be negative: " + audits());
    }
    if (completed() < 0) {
      throw new IllegalArgumentException("completed must not be negative: " + completed());
    }
    if (scoredAudits() < 0) {
      throw new IllegalArgumentException("scoredAudits must not be negative: " + scoredAudits());
    }
  }
}
