package org.practiceaudit.core.timeliness;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.calendar.WorkingCalendar;

/**
 * When an allocated audit is due: a number of working days after its allocation, a number of
 * calendar days after it, the end of the month it was allocated in, or never.
 *
 * <p>A framework states this once ({@link
 * org.practiceaudit.core.framework.AuditFramework#auditDue()}) and every user reads it from there:
 * the {@code audit-due} rule, the report's compliance, the quota tracker and the command line's
 * {@code report}. Hillingdon's "A guide to auditing" (November 2016, seed 002, line 9: "Auditors
 * are asked to complete their audits within a specified timescale (10 working days for Part A)";
 * requirement H2a) is {@code workingDays(10)}, applied to the whole audit.
 *
 * <p>The due day is the last day on which the audit is on time; {@link Timeliness} classifies an
 * audit against it. N working days after allocation is the Nth working day strictly after the
 * allocation day, as {@link WorkingCalendar#plusWorkingDays(LocalDate, int)} counts; N days is the
 * allocation day plus N calendar days; 0 of either makes an audit due on the day it is allocated.
 *
 * <p>The text forms are {@code 10wd} (working days), {@code 20d} (calendar days), {@code
 * end-of-month} and {@code none}; {@link #toString()} returns them and {@link #parse(String)}
 * accepts them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditDuePolicy {

  /** The kinds of audit due policy. */
  public enum Kind {
    /** Audits have no due day: a completed audit is on time, an open one is pending. */
    NONE,
    /** Due a number of working days of a {@link WorkingCalendar} after allocation. */
    WORKING_DAYS,
    /** Due a number of calendar days after allocation. */
    CALENDAR_DAYS,
    /** Due on the last day of the calendar month of allocation. */
    END_OF_MONTH
  }

  private static final AuditDuePolicy NONE = new AuditDuePolicy(Kind.NONE, 0);

  private static final AuditDuePolicy END_OF_MONTH = new AuditDuePolicy(Kind.END_OF_MONTH, 0);

  private static final Pattern TEXT = Pattern.compile("(0|[1-9][0-9]{0,9})(wd|d)");

  private static final String ACCEPTED =
      "[<working days>wd, <days>d, end-of-month, none], such as 10wd or 20d";

  private final Kind kind;
  private final int amount;

  private AuditDuePolicy(Kind kind, int amount) {
    this.kind = kind;
    this.amount = amount;
  }

  /**
   * Obtains the policy that audits have no due day.
   *
   * @return the policy of kind {@link Kind#NONE}
   */
  public static AuditDuePolicy none() {
    return NONE;
  }

  /**
   * Obtains a policy of a number of working days after allocation, such as Hillingdon's 10.
   *
   * @param workingDays the number of working days, 0 or more
   * @return the policy
   * @throws IllegalArgumentException if {@code workingDays} is negative
   */
  public static AuditDuePolicy workingDays(int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + workingDays);
    }
    return new AuditDuePolicy(Kind.WORKING_DAYS, workingDays);
  }

  /**
   * Obtains a policy of a number of calendar days after allocation.
   *
   * @param days the number of days, 0 or more
   * @return the policy
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public static AuditDuePolicy calendarDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    return new AuditDuePolicy(Kind.CALENDAR_DAYS, days);
  }

  /**
   * Obtains the policy that audits are due on the last day of the month they were allocated in.
   *
   * @return the policy of kind {@link Kind#END_OF_MONTH}
   */
  public static AuditDuePolicy endOfMonth() {
    return END_OF_MONTH;
  }

  /**
   * Obtains a policy from its kind and amount.
   *
   * @param kind the kind; not null
   * @param amount the number of working or calendar days, 0 or more; 0 for {@link Kind#NONE} and
   *     {@link Kind#END_OF_MONTH}
   * @return the policy
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if {@code amount} is negative, or not 0 for a kind without an
   *     amount
   */
  public static AuditDuePolicy of(Kind kind, int amount) {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case WORKING_DAYS:
        return workingDays(amount);
      case CALENDAR_DAYS:
        return calendarDays(amount);
      default:
        if (amount != 0) {
          throw new IllegalArgumentException(
              "a policy of kind " + kind + " has no amount, so it must be 0: " + amount);
        }
        return kind == Kind.NONE ? NONE : END_OF_MONTH;
    }
  }

  /**
   * Obtains a policy from its text form: {@code <working days>wd}, {@code <days>d}, {@code
   * end-of-month} or {@code none}, with an amount of 0 or more without sign or leading zero, lower
   * case and no spaces.
   *
   * @param text the text, such as {@code 10wd}, {@code 20d}, {@code end-of-month} or {@code none};
   *     not null
   * @return the policy
   * @throws NullPointerException if {@code text} is null
   * @throws AuditParseException if {@code text} is not one of the accepted forms
   */
  public static AuditDuePolicy parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals("none")) {
      return NONE;
    }
    if (text.equals("end-of-month")) {
      return END_OF_MONTH;
    }
    Matcher matcher = TEXT.matcher(text);
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      if (amount <= Integer.MAX_VALUE) {
        return matcher.group(2).equals("wd")
            ? workingDays((int) amount)
            : calendarDays((int) amount);
      }
    }
    throw new AuditParseException(
        "unknown audit due policy '" + text + "'; expected one of " + ACCEPTED, text);
  }

  /**
   * Returns the kind of this policy.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the number of working or calendar days of this policy.
   *
   * @return the amount, 0 or more; 0 for {@link Kind#NONE} and {@link Kind#END_OF_MONTH}
   */
  public int amount() {
    return amount;
  }

  /**
   * Tells whether this policy counts working days, and so needs a calendar to give a due day.
   *
   * @return true for {@link Kind#WORKING_DAYS}
   */
  public boolean countsWorkingDays() {
    return kind == Kind.WORKING_DAYS;
  }

  /**
   * Obtains the due day of an audit allocated on a day: the last day on which completing it is on
   * time.
   *
   * @param allocatedOn the day the audit was allocated; not null
   * @param calendar the working days; not null when {@link #countsWorkingDays()}, otherwise unused
   *     and may be null
   * @return the due day, not before {@code allocatedOn}, or empty for {@link Kind#NONE}
   * @throws NullPointerException if {@code allocatedOn} is null, or {@code calendar} is null and
   *     this policy counts working days
   * @throws AuditException if the calendar does not cover the dates concerned
   * @throws java.time.DateTimeException if the due day is past the largest date
   */
  public Optional<LocalDate> dueOn(LocalDate allocatedOn, WorkingCalendar calendar) {
    Objects.requireNonNull(allocatedOn, "allocatedOn");
    switch (kind) {
      case WORKING_DAYS:
        return Optional.of(
            Objects.requireNonNull(calendar, "calendar").plusWorkingDays(allocatedOn, amount));
      case CALENDAR_DAYS:
        return Optional.of(allocatedOn.plusDays(amount));
      case END_OF_MONTH:
        return Optional.of(allocatedOn.with(TemporalAdjusters.lastDayOfMonth()));
      default:
        return Optional.empty();
    }
  }

  /**
   * Compares this policy with another: equal policies have the same kind and amount.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal policy
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AuditDuePolicy)) {
      return false;
    }
    AuditDuePolicy that = (AuditDuePolicy) other;
    return kind == that.kind && amount == that.amount;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + amount;
  }

  /**
   * Returns the text form of this policy, which {@link #parse(String)} accepts.
   *
   * @return {@code <working days>wd}, {@code <days>d}, {@code end-of-month} or {@code none}
   */
  @Override
  public String toString() {
    switch (kind) {
      case WORKING_DAYS:
        return amount + "wd";
      case CALENDAR_DAYS:
        return amount + "d";
      case END_OF_MONTH:
        return "end-of-month";
      default:
        return "none";
    }
  }
}
