package org.practiceaudit.core.quota;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an allocated audit stands against its due day, for audit compliance: "completed on time out of
 * allocated" (Dorset monthly audit report, June 2019, 3.1).
 *
 * <p>The one classification behind both {@link QuotaTracker#compliance} and the monthly report's
 * compliance figures.
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
   */
  public static Timeliness of(Optional<LocalDate> completedOn, Optional<LocalDate> dueOn, LocalDate asOf) {
    Objects.requireNonNull(completedOn, "completedOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(asOf, "asOf");
    if (completedOn.isPresent()) {
      return dueOn.isPresent() && completedOn.get().isAfter(dueOn.get()) ? LATE : ON_TIME;
    }
    return dueOn.isPresent() && asOf.isAfter(dueOn.get()) ? OVERDUE : PENDING;
  }
}
