package org.practiceaudit.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When something raised in an audit is due: an exact instant, shown in Europe/London, and the
 * London date it falls on.
 *
 * <p>There are two kinds. An {@link FollowUpPolicy.Kind#ELAPSED_HOURS elapsed-hours} deadline is an
 * instant of clock time; its {@link #dueDate()} is the London date of that instant. A {@link
 * FollowUpPolicy.Kind#WORKING_DAYS working-days} deadline is the end of a working day: its {@link
 * #dueDate()} is that day and its {@link #dueAt()} the start (midnight, London time) of the next
 * day, an exclusive end. Either way, anything done strictly before {@link #dueAt()} is in time.
 *
 * <p>Deadlines are normally obtained from {@link FollowUpPolicy#dueFrom}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deadline {

  private final FollowUpPolicy.Kind kind;
  private final ZonedDateTime dueAt;
  private final LocalDate dueDate;

  private Deadline(FollowUpPolicy.Kind kind, ZonedDateTime dueAt, LocalDate dueDate) {
    this.kind = kind;
    this.dueAt = dueAt;
    this.dueDate = dueDate;
  }

  /**
   * Obtains an elapsed-hours deadline due at an instant.
   *
   * @param dueAt the instant by which it is due; not null
   * @return a deadline of kind {@link FollowUpPolicy.Kind#ELAPSED_HOURS}
   * @throws NullPointerException if {@code dueAt} is null
   */
  public static Deadline at(Instant dueAt) {
    Objects.requireNonNull(dueAt, "dueAt");
    ZonedDateTime london = dueAt.atZone(WorkingCalendar.LONDON);
    return new Deadline(FollowUpPolicy.Kind.ELAPSED_HOURS, london, london.toLocalDate());
  }

  /**
   * Obtains a working-days deadline due by the end of a day, London time.
   *
   * @param dueDate the last day on which it is in time; not null
   * @return a deadline of kind {@link FollowUpPolicy.Kind#WORKING_DAYS}, due at the start of the
   *     next day
   * @throws NullPointerException if {@code dueDate} is null
   */
  public static Deadline endOf(LocalDate dueDate) {
    Objects.requireNonNull(dueDate, "dueDate");
    return new Deadline(
        FollowUpPolicy.Kind.WORKING_DAYS,
        dueDate.plusDays(1).atStartOfDay(WorkingCalendar.LONDON),
        dueDate);
  }

  /**
   * Returns the kind of this deadline.
   *
   * @return {@link FollowUpPolicy.Kind#ELAPSED_HOURS} or {@link FollowUpPolicy.Kind#WORKING_DAYS}
   */
  public FollowUpPolicy.Kind kind() {
    return kind;
  }

  /**
   * Returns the instant by which the thing is due, in Europe/London: anything done strictly before
   * it is in time.
   *
   * @return the due instant in zone Europe/London
   */
  public ZonedDateTime dueAt() {
    return dueAt;
  }

  /**
   * Returns the London date on which the thing is due: the date of {@link #dueAt()} for an
   * elapsed-hours deadline, the last day in time for a working-days deadline.
   *
   * @return the due date
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Tells whether this deadline has passed at an instant: true from {@link #dueAt()} onwards.
   *
   * @param now the instant to ask about, from the caller's {@link java.time.Clock}; not null
   * @return true if {@code now} is at or after {@link #dueAt()}
   * @throws NullPointerException if {@code now} is null
   */
  public boolean isOverdue(Instant now) {
    Objects.requireNonNull(now, "now");
    return !now.isBefore(dueAt.toInstant());
  }

  /**
   * Compares this deadline with another: equal deadlines have the same kind, due instant and due
   * date.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal deadline
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Deadline)) {
      return false;
    }
    Deadline that = (Deadline) other;
    return kind == that.kind && dueAt.equals(that.dueAt) && dueDate.equals(that.dueDate);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, dueAt, dueDate);
  }

  /**
   * Returns a description of this deadline, such as {@code Deadline[end of 2027-01-06, due at
   * 2027-01-07T00:00Z[Europe/London]]} or {@code Deadline[due at
   * 2026-03-30T11:00+01:00[Europe/London]]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return kind == FollowUpPolicy.Kind.WORKING_DAYS
        ? "Deadline[end of " + dueDate + ", due at " + dueAt + "]"
        : "Deadline[due at " + dueAt + "]";
  }
}
