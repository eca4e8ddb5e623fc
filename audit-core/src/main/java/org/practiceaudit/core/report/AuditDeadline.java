package org.practiceaudit.core.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.timeliness.AuditDuePolicy;

/**
 * The day each audit is due to be completed, for a report's compliance ("completed on time out of
 * allocated"): a framework's {@link AuditDuePolicy} with the calendar it counts working days in.
 *
 * <p>{@link #of(AuditFramework)} gives a framework's own (Hillingdon's guide to auditing, Part A:
 * 10 working days, requirement H2a). The due day is the policy's {@link AuditDuePolicy#dueOn}, as
 * the {@code audit-due} rule and {@link org.practiceaudit.core.quota.QuotaTracker#compliance} count
 * it. Deadlines compare by value, so report specs built separately with equal deadlines are equal
 * and their aggregates merge; the calendar is kept only for a policy that counts working days.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditDeadline {

  private static final AuditDeadline NONE = new AuditDeadline(AuditDuePolicy.none(), null);

  private final AuditDuePolicy policy;
  private final WorkingCalendar calendar;

  private AuditDeadline(AuditDuePolicy policy, WorkingCalendar calendar) {
    this.policy = policy;
    this.calendar = calendar;
  }

  /**
   * Obtains the deadline of a due policy counted in a calendar.
   *
   * @param policy when audits are due; not null
   * @param calendar the working days; not null (kept only when the policy counts working days)
   * @return the deadline
   * @throws NullPointerException if an argument is null
   */
  public static AuditDeadline of(AuditDuePolicy policy, WorkingCalendar calendar) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendar, "calendar");
    return new AuditDeadline(policy, policy.countsWorkingDays() ? calendar : null);
  }

  /**
   * Obtains a framework's deadline: its {@link AuditFramework#auditDue()} in its {@link
   * AuditFramework#calendar()}.
   *
   * @param framework the framework; not null
   * @return the deadline
   * @throws NullPointerException if {@code framework} is null
   */
  public static AuditDeadline of(AuditFramework framework) {
    Objects.requireNonNull(framework, "framework");
    return of(framework.auditDue(), framework.calendar());
  }

  /**
   * Returns a deadline that never applies: every completed audit is on time, and no audit is
   * overdue.
   *
   * @return the deadline of {@link AuditDuePolicy#none()}
   */
  public static AuditDeadline none() {
    return NONE;
  }

  /**
   * Returns a deadline a number of calendar days after allocation.
   *
   * @param days the days, 0 or more
   * @return the deadline of {@link AuditDuePolicy#calendarDays(int)}
   * @throws IllegalArgumentException if days is negative
   */
  public static AuditDeadline daysAfterAllocation(int days) {
    return new AuditDeadline(AuditDuePolicy.calendarDays(days), null);
  }

  /**
   * Returns a deadline a number of working days after allocation: the Nth working day strictly
   * after the allocation day (Hillingdon's guide to auditing, Part A: audits due within 10 working
   * days).
   *
   * @param calendar the working days; not null
   * @param workingDays the working days, 0 or more
   * @return the deadline of {@link AuditDuePolicy#workingDays(int)} in the calendar
   * @throws NullPointerException if {@code calendar} is null
   * @throws IllegalArgumentException if workingDays is negative
   */
  public static AuditDeadline workingDaysAfterAllocation(
      WorkingCalendar calendar, int workingDays) {
    Objects.requireNonNull(calendar, "calendar");
    return new AuditDeadline(AuditDuePolicy.workingDays(workingDays), calendar);
  }

  /**
   * Returns a deadline on the last day of the month of allocation.
   *
   * @return the deadline of {@link AuditDuePolicy#endOfMonth()}
   */
  public static AuditDeadline endOfMonthOfAllocation() {
    return new AuditDeadline(AuditDuePolicy.endOfMonth(), null);
  }

  /**
   * Returns the due policy.
   *
   * @return the policy
   */
  public AuditDuePolicy policy() {
    return policy;
  }

  /**
   * Returns the calendar working days are counted in.
   *
   * @return the calendar, or empty when the policy counts no working days
   */
  public Optional<WorkingCalendar> calendar() {
    return Optional.ofNullable(calendar);
  }

  /**
   * Returns the day an audit is due.
   *
   * @param audit the audit; not null
   * @return the last day it is on time, or empty if it has no deadline
   * @throws NullPointerException if {@code audit} is null
   * @throws org.practiceaudit.core.AuditException if the calendar does not cover the dates
   *     concerned
   */
  public Optional<LocalDate> dueOn(Audit audit) {
    return policy.dueOn(Objects.requireNonNull(audit, "audit").allocatedOn(), calendar);
  }

  /**
   * Compares this deadline with another: equal deadlines have equal policies and calendars.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal deadline
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AuditDeadline)) {
      return false;
    }
    AuditDeadline that = (AuditDeadline) other;
    return policy.equals(that.policy) && Objects.equals(calendar, that.calendar);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * policy.hashCode() + Objects.hashCode(calendar);
  }

  /**
   * Returns the policy's text form, with the calendar's when it counts working days.
   *
   * @return such as {@code 20d} or {@code 10wd in } followed by the calendar
   */
  @Override
  public String toString() {
    return calendar == null ? policy.toString() : policy + " in " + calendar;
  }
}
