package org.practiceaudit.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.AuditParseException;

/**
 * How soon something raised in an audit (an escalation, an action) must be followed up: within a
 * number of elapsed hours, within a number of working days, or not at all.
 *
 * <p>The text forms are {@code 48h} (elapsed hours), {@code 10wd} (working days) and {@code none};
 * {@link #toString()} returns them and {@link #parse(String)} accepts them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpPolicy {

  /** The kinds of follow-up policy, and of the deadlines they give. */
  public enum Kind {
    /** A number of hours of elapsed clock time, across clock changes, nights and holidays. */
    ELAPSED_HOURS,
    /** A number of working days of a {@link WorkingCalendar}. */
    WORKING_DAYS,
    /** No follow-up is required, so there is no deadline. */
    NONE
  }

  private static final FollowUpPolicy NONE = new FollowUpPolicy(Kind.NONE, 0);

  private static final Pattern TEXT = Pattern.compile("([1-9][0-9]{0,9})(h|wd)");

  private static final String ACCEPTED = "[<hours>h, <working days>wd, none], such as 48h or 10wd";

  private final Kind kind;
  private final int amount;

  private FollowUpPolicy(Kind kind, int amount) {
    this.kind = kind;
    this.amount = amount;
  }

  /**
   * Obtains a policy of a number of hours of elapsed clock time.
   *
   * @param hours the number of hours, one or more
   * @return the policy
   * @throws IllegalArgumentException if {@code hours} is not positive
   */
  public static FollowUpPolicy elapsedHours(int hours) {
    if (hours <= 0) {
      throw new IllegalArgumentException("hours must be positive: " + hours);
    }
    return new FollowUpPolicy(Kind.ELAPSED_HOURS, hours);
  }

  /**
   * Obtains a policy of a number of working days.
   *
   * @param days the number of working days, one or more
   * @return the policy
   * @throws IllegalArgumentException if {@code days} is not positive
   */
  public static FollowUpPolicy workingDays(int days) {
    if (days <= 0) {
      throw new IllegalArgumentException("working days must be positive: " + days);
    }
    return new FollowUpPolicy(Kind.WORKING_DAYS, days);
  }

  /**
   * Obtains the policy that no follow-up is required.
   *
   * @return the policy of kind {@link Kind#NONE}
   */
  public static FollowUpPolicy none() {
    return NONE;
  }

  /**
   * Obtains a policy from its text form: {@code <hours>h}, {@code <working days>wd} or {@code
   * none}, with a positive amount without sign or leading zero, lower case and no spaces.
   *
   * @param text the text, such as {@code 48h}, {@code 10wd} or {@code none}; not null
   * @return the policy
   * @throws NullPointerException if {@code text} is null
   * @throws AuditParseException if {@code text} is not one of the accepted forms
   */
  public static FollowUpPolicy parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals("none")) {
      return NONE;
    }
    Matcher matcher = TEXT.matcher(text);
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      if (amount <= Integer.MAX_VALUE) {
        return matcher.group(2).equals("h")
            ? elapsedHours((int) amount)
            : workingDays((int) amount);
      }
    }
    throw new AuditParseException(
        "unknown follow-up policy '" + text + "'; expected one of " + ACCEPTED, text);
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
   * Returns the number of hours or working days of this policy.
   *
   * @return the amount, positive, or 0 for {@link Kind#NONE}
   */
  public int amount() {
    return amount;
  }

  /**
   * Obtains the deadline for something raised at an instant.
   *
   * <p>An hours deadline is elapsed clock time: {@code raisedAt} plus the hours, shown in
   * Europe/London; 48 hours from 10:00 GMT on Saturday 28 March 2026 is 11:00 BST on Monday 30
   * March, because the clocks go forward in between. A working-days deadline is the end of the
   * <i>n</i>th working day after the London date on which the thing was raised (see {@link
   * WorkingCalendar#plusWorkingDays}); its {@link Deadline#dueAt()} is the start of the following
   * day.
   *
   * @param raisedAt when the thing was raised; not null
   * @param calendar the working days to count; not null, even for an hours or no-deadline policy
   * @return the deadline, or empty for {@link Kind#NONE}
   * @throws NullPointerException if an argument is null
   * @throws AuditException if the calendar does not cover the dates concerned
   */
  public Optional<Deadline> dueFrom(Instant raisedAt, WorkingCalendar calendar) {
    Objects.requireNonNull(raisedAt, "raisedAt");
    Objects.requireNonNull(calendar, "calendar");
    switch (kind) {
      case ELAPSED_HOURS:
        return Optional.of(Deadline.at(raisedAt.plus(Duration.ofHours(amount))));
      case WORKING_DAYS:
        LocalDate raisedOn = raisedAt.atZone(WorkingCalendar.LONDON).toLocalDate();
        return Optional.of(Deadline.endOf(calendar.plusWorkingDays(raisedOn, amount)));
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
    if (!(other instanceof FollowUpPolicy)) {
      return false;
    }
    FollowUpPolicy that = (FollowUpPolicy) other;
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
   * @return {@code <hours>h}, {@code <working days>wd} or {@code none}
   */
  @Override
  public String toString() {
    switch (kind) {
      case ELAPSED_HOURS:
        return amount + "h";
      case WORKING_DAYS:
        return amount + "wd";
      default:
        return "none";
    }
  }
}
