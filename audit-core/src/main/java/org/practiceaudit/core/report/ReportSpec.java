package org.practiceaudit.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.quota.QuotaScope;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * What a report is computed against: the framework's domains and grade scale, the report instant,
 * the deadlines, the cohort attributes and the role quotas.
 *
 * <p>Aggregates merge only when computed against equal specs. The audit and escalation deadlines
 * compare by value, so equal specs built separately are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ReportSpec {

  /**
   * The cohort attributes Dorset's monthly audit report compares by: case category (looked-after
   * children against children who are disabled, section 4) and team (section 2.3).
   */
  public static final List<String> DORSET_COHORTS = List.of("category", "team");

  ReportSpec() {}

  /**
   * Returns the domains scores are reported for, in framework order.
   *
   * @return the domains, at least one, with distinct ids
   */
  public abstract List<Domain> domains();

  /**
   * Returns the grade scale of overall judgements and moderation.
   *
   * @return the scale
   */
  public abstract GradeScale gradeScale();

  /**
   * Returns the instant the report judges overdue items at.
   *
   * @return the report instant
   */
  public abstract Instant asOf();

  /**
   * Returns the day, in Europe/London, of the report instant.
   *
   * @return the report day
   */
  public LocalDate asOfDate() {
    return LocalDate.ofInstant(asOf(), WorkingCalendar.LONDON);
  }

  /**
   * Returns when each audit is due; {@link
   * AuditDeadline#of(org.practiceaudit.core.framework.AuditFramework)} gives a framework's own.
   *
   * @return the audit deadline; none by default
   */
  @Value.Default
  public AuditDeadline auditDeadline() {
    return AuditDeadline.none();
  }

  /**
   * Returns the follow-up policy of each escalation category (see {@link EscalationDeadline}).
   *
   * @return the escalation deadline; {@link EscalationDeadline#none()} by default
   */
  @Value.Default
  public EscalationDeadline escalationDeadline() {
    return EscalationDeadline.none();
  }

  /**
   * Returns the audit attributes that define cohorts, such as {@code category} and {@code team}.
   *
   * @return the attribute names, possibly empty ({@link #DORSET_COHORTS} gives Dorset's)
   */
  public abstract List<String> cohortAttributes();

  /**
   * Returns the role quotas the report counts audits against, with the people and periods they
   * apply to ({@link org.practiceaudit.core.quota.QuotaTracker#scope}).
   *
   * @return the quota scope, or empty for a report without quotas
   */
  public abstract Optional<QuotaScope> quotas();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableReportSpec.Builder builder() {
    return ImmutableReportSpec.builder();
  }

  @Value.Check
  void check() {
    if (domains().isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one domain");
    }
    Set<String> ids = new HashSet<>();
    for (Domain domain : domains()) {
      if (!ids.add(domain.id())) {
        throw new IllegalArgumentException("duplicate domain id '" + domain.id() + "'");
      }
    }
    Set<String> names = new HashSet<>();
    for (String name : cohortAttributes()) {
      if (name.isBlank() || name.equals(ReportAggregate.AUDIT_TYPE) || !names.add(name)) {
        throw new IllegalArgumentException(
            "cohort attributes must be distinct, not blank and not '"
                + ReportAggregate.AUDIT_TYPE
                + "': "
                + cohortAttributes());
      }
    }
  }
}
