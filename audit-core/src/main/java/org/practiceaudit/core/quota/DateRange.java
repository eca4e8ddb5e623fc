package org.practiceaudit.core.quota;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.practiceaudit.core.AuditParseException;

/**
 * A range of days, both ends included, such as a year {@code 2026-04-01/2027-03-31} or an audit
 * cycle.
 *
 * <p>The text form is ISO 8601's interval of two dates, {@code start/end}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange {

  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains a range from its first and last days.
   *
   * @param start the first day; not null
   * @param end the last day, included; not before {@code start}
   * @return the range
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "a date range cannot end before it starts: " + start + "/" + end);
    }
    return new DateRange(start, end);
  }

  /**
   * Obtains a range from text such as {@code 2026-04-01/2027-03-31}.
   *
   * @param text two ISO dates joined by {@code /}, the second not before the first; not null
   * @return the range
   * @throws AuditParseException if the text is not of that form
   */
  public static DateRange parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new AuditParseException(
          "invalid date range '" + text + "'; expected two ISO dates such as 2026-04-01/2027-03-31",
          text);
    }
    try {
      return of(
          LocalDate.parse(text.substring(0, slash)), LocalDate.parse(text.substring(slash + 1)));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new AuditParseException(
          "invalid date range '"
              + text
              + "'; expected two ISO dates such as 2026-04-01/2027-03-31,"
              + " the second not before the first",
          text);
    }
  }

  /**
   * Returns the first day.
   *
   * @return the first day
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day, included.
   *
   * @return the last day
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Checks whether a day lies in the range.
   *
   * @param date the day; not null
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DateRange
        && ((DateRange) obj).start.equals(start)
        && ((DateRange) obj).end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns the range as {@code start/end}, which {@link #parse(String)} accepts.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
