package org.practiceaudit.core.report;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Objects;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.WorkingCalendar;

/**
 * The day an audit is due to be completed, for audit compliance ("completed on time out of allocated").
 *
 * <p>Hillingdon's guide to auditing (Part A) has audits due within 10 working days; use a working-day
 * calendar there. An audit without a due date counts as on time whenever it is completed.
 */
@FunctionalInterface
public interface AuditDeadline {

  /**
   * Returns the day an audit is due.
   *
   * @param audit the audit; not null
   * @return the last day it is on time, or empty if it has no deadline
   */
  Optional<LocalDate> dueOn(Audit audit);

  /**
   * Returns a deadline that never applies: every completed audit is on time.
   *
   * @return the deadline
   */
  static AuditDeadline none() {
    return audit -> Optional.empty();
  }

  /**
   * Returns a deadline a number of calendar days after allocation.
   *
   * @param days the days, 0 or more
   * @return the deadline
   * @throws IllegalArgumentException if days is negative
   */
  static AuditDeadline daysAfterAllocation(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    return audit -> Optional.of(audit.allocatedOn().plusDays(days));
  }

  /**
   * Returns a deadline a number of working days after allocation: the Nth working day strictly after
   * the allocation day (Hillingdon's guide to auditing, Part A: audits due within 10 working days).
   *
   * @param calendar the working days; not null
   * @param workingDays the working days, 0 or more
   * @return the deadline
   * @throws IllegalArgumentException if workingDays is negative
   */
  static AuditDeadline workingDaysAfterAllocation(WorkingCalendar calendar, int workingDays) {
    Objects.requireNonNull(calendar, "calendar");
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + workingDays);
    }
    return audit -> Optional.of(calendar.plusWorkingDays(audit.allocatedOn(), workingDays));
  }
}
