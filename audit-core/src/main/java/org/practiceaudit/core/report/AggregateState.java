package org.practiceaudit.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * The public snapshot of a {@link ReportAggregate}: every exact integer sum and count it holds, so
 * that a partial aggregate can be stored or shipped to another service and merged there.
 *
 * <p>{@link ReportAggregate#snapshot()} takes a snapshot and {@link
 * ReportAggregate#from(ReportSpec, AggregateState)} rebuilds the aggregate against the spec it was
 * computed with:
 *
 * <pre>{@code
 * AggregateState east = ReportAggregate.of(spec, eastAudits).snapshot();   // on one service
 * ReportAggregate whole = ReportAggregate.from(spec, east).merge(ReportAggregate.of(spec, westAudits));
 * }</pre>
 *
 * <p>The snapshot names what it was computed against (the report instant, the grade scale's id, the
 * domain ids and the cohort attributes), so that rebuilding it against another spec fails rather
 * than mixing incompatible figures. The report's deadlines and quotas are behaviour, not data: the
 * receiving side supplies them in its spec.
 *
 * <p>Every instance is internally consistent: counts are never negative, the months add up to the
 * totals, the audit-type cohorts add up to the completed audits, the moderation table agrees with
 * the grades and with the auditors' movements, the auditors' compliance adds up to the whole. A
 * snapshot that is not consistent cannot be built ({@link IllegalArgumentException} quoting the
 * values), so no half-built aggregate can come from it. Entries that would hold nothing (a month
 * without audits, an empty cohort, an auditor with no moderated audit) are left out rather than
 * written as zeros, so that a snapshot has one form.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AggregateState {

  AggregateState() {}

  /**
   * Returns the report instant of the spec the aggregate was computed against.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the id of the grade scale of the spec the aggregate was computed against.
   *
   * @return the scale id
   */
  public abstract String gradeScaleId();

  /**
   * Returns the cohort attributes of the spec the aggregate was computed against.
   *
   * @return the attribute names, distinct, not blank and not {@link ReportAggregate#AUDIT_TYPE}
   */
  public abstract List<String> cohortAttributes();

  /**
   * Returns the number of audits aggregated (each an allocation).
   *
   * @return the count, 0 or more; equal to the sum of the four timeliness counts
   */
  public abstract long audits();

  /**
   * Returns the number of completed audits.
   *
   * @return the count, from 0 to {@link #audits()}
   */
  public abstract long completed();

  /**
   * Returns the number of audits completed on or before their due day.
   *
   * @return the count, 0 or more
   */
  public abstract long completedOnTime();

  /**
   * Returns the number of audits completed after their due day.
   *
   * @return the count, 0 or more
   */
  public abstract long completedLate();

  /**
   * Returns the number of audits not completed and past their due day on the report day.
   *
   * @return the count, 0 or more
   */
  public abstract long overdue();

  /**
   * Returns the number of audits not completed and not yet overdue.
   *
   * @return the count, 0 or more
   */
  public abstract long pending();

  /**
   * Returns the score totals, one per domain of the report, in the report's domain order.
   *
   * @return the totals, with the report's domain ids
   */
  public abstract List<DomainSums> domains();

  /**
   * Returns the per-audit score totals by number of applicable domains, behind the overall average.
   *
   * @return the totals, each number of applicable domains at most once
   */
  public abstract List<AuditSums> perAudit();

  /**
   * Returns the overall grades of completed audits, a count per rank, best first.
   *
   * @return the counts, one per grade of the scale, each 0 or more
   */
  public abstract List<Long> grades();

  /**
   * Returns the calendar months: of allocation for timeliness, of completion for scores and grades.
   *
   * @return the months that hold an audit, each once
   */
  public abstract List<MonthState> months();

  /**
   * Returns the cohorts: each value of each cohort attribute, and each audit type.
   *
   * @return the cohorts that hold an audit, each dimension and value once
   */
  public abstract List<CohortState> cohorts();

  /**
   * Returns the escalations by category.
   *
   * @return the categories raised, each once, with {@code overdue <= open <= raised}
   */
  public abstract List<EscalationLine> escalations();

  /**
   * Returns the recommended actions: in total, outstanding, and outstanding past their due day.
   *
   * @return the counts, with {@code overdue <= outstanding <= total}
   */
  public abstract ActionSummary actions();

  /**
   * Returns each auditor's audits by timeliness, behind compliance by auditor (D12).
   *
   * @return each auditor with an audit allocated, once, in auditor order; the four counts of all
   *     auditors add up to the aggregate's
   */
  public abstract List<AuditorCompliance> complianceByAuditor();

  /**
   * Returns, for each person, the number of completed audits that count towards their role quota.
   *
   * @return the counts, each 1 or more; empty when the report has no quotas
   */
  public abstract Map<PersonId, Long> quotaDone();

  /**
   * Returns the moderation table: {@code count(first, second)} audits graded at rank {@code first}
   * by the auditor and at rank {@code second} by the moderator.
   *
   * @return the table, with one category per grade of the scale
   */
  public abstract AgreementTable moderation();

  /**
   * Returns, per auditor, how moderators moved their grades.
   *
   * @return the movements, each auditor once with at least one moderated audit
   */
  public abstract List<AuditorMovement> movements();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAggregateState.Builder builder() {
    return ImmutableAggregateState.builder();
  }

  @Value.Check
  void check() {
    AggregateStateChecks.check(this);
  }
}
