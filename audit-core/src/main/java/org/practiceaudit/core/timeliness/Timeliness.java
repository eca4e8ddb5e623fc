package org.practiceaudit.core.timeliness;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.WorkingCalendar;

/**
 * Where an allocated audit stands against its due day on a report day, for audit compliance:
 * "completed on time out of allocated" (Dorset monthly audit report, June 2019, 3.1).
 *
 * <p>The one classification behind the report's {@link Compliance}, the {@code audit-due} rule and
 * {@link org.practiceaudit.core.quota.QuotaTracker#compliance}. The report day is the Europe/London
 * date of the instant a report or a rule judges at. A completed audit is on time or late whatever
 * the report day; an open audit is overdue from the day after its due day.
 */
public enum Timeliness {
  /** Completed on or before its due day, or completed with no due day. */
  ON_TIME,
  /** Completed after its due day. */
  LATE,
  /** Not completed, and its due day is before the report day. */
  OVERDUE,
  /** Not completed, and not yet overdue (or with no due day). */
  PENDING;

  /**
   * Classifies an audit.
   *
   * @param completedOn the day the audit was completed, or empty if it is not; not null
   * @param dueOn the last day the audit is on time, or empty if it has no deadline; not null
   * @param asOf the day of the report; not null
   * @return the timeliness
   * @throws NullPointerException if an argument is null
   */
  public static Timeliness of(
      Optional<LocalDate> completedOn, Optional<LocalDate> dueOn, LocalDate asOf) {
    Objects.requireNonNull(completedOn, "completedOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(asOf, "asOf");
    if (completedOn.isPresent()) {
      return dueOn.isPresent() && completedOn.get().isAfter(dueOn.get()) ? LATE : ON_TIME;
    }
    return dueOn.isPresent() && asOf.isAfter(dueOn.get()) ? OVERDUE : PENDING;
  }

  /**
   * Classifies an audit under a due policy: the same as {@link #of(Optional, Optional, LocalDate)}
   * with the policy's {@link AuditDuePolicy#dueOn due day}.
   *
   * @param audit the audit; not null
   * @param policy when audits are due; not null
   * @param calendar the working days; not null when the policy counts working days
   * @param asOf the day of the report; not null
   * @return the timeliness
   * @throws NullPointerException if an argument that must not be null is null
   * @throws org.practiceaudit.core.AuditException if the calendar does not cover the dates
   *     concerned
   */
  public static Timeliness of(
      Audit audit, AuditDuePolicy policy, WorkingCalendar calendar, LocalDate asOf) {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(policy, "policy");
    return of(audit.completedOn(), policy.dueOn(audit.allocatedOn(), calendar), asOf);
  }

  /**
   * Returns the text form of this timeliness, lower case with hyphens.
   *
   * @return {@code on-time}, {@code late}, {@code overdue} or {@code pending}
   */
  public String text() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
