package org.practiceaudit.core.framework;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.practiceaudit.core.AuditParseException;

/**
 * How far back an audit looks: "the last 12 months" (Dudley audit framework 2017) or a range such
 * as "the last 12-18 months" (London multi-agency audit pack, baseline audits).
 *
 * <p>The text form is an ISO-8601 period, or two joined by {@code /}: {@code P12M}, {@code
 * P12M/P18M}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReviewPeriod {

  private final Period shortest;
  private final Period longest;

  private ReviewPeriod(Period shortest, Period longest) {
    this.shortest = shortest;
    this.longest = longest;
  }

  /**
   * Obtains a review period of a fixed number of months.
   *
   * @param months from 1 to 120
   * @return the period
   * @throws IllegalArgumentException if months is out of range
   */
  public static ReviewPeriod ofMonths(int months) {
    return ofMonths(months, months);
  }

  /**
   * Obtains a review period given as a range of months, such as 12 to 18.
   *
   * @param shortest from 1 to 120
   * @param longest from {@code shortest} to 120
   * @return the period
   * @throws IllegalArgumentException if either is out of range or {@code longest < shortest}
   */
  public static ReviewPeriod ofMonths(int shortest, int longest) {
    if (shortest < 1 || longest > 120 || longest < shortest) {
      throw new IllegalArgumentException(
          "review period must be 1 to 120 months, shortest first: " + shortest + "-" + longest);
    }
    return new ReviewPeriod(Period.ofMonths(shortest), Period.ofMonths(longest));
  }

  /**
   * Obtains a review period between two ISO-8601 periods.
   *
   * @param shortest a positive period; not null
   * @param longest a period no shorter than {@code shortest} on any date; not null
   * @return the review period, with years written as months ({@code P1Y} becomes {@code P12M}) so
   *     that equal periods are equal values
   * @throws IllegalArgumentException if a period is zero or negative, or longest is shorter, or a
   *     period is too long to subtract from a date
   */
  public static ReviewPeriod of(Period shortest, Period longest) {
    Objects.requireNonNull(shortest, "shortest");
    Objects.requireNonNull(longest, "longest");
    Period s;
    Period l;
    boolean ordered;
    try {
      s = monthsAndDays(shortest);
      l = monthsAndDays(longest);
      LocalDate probe = LocalDate.of(2000, 3, 1);
      ordered = !probe.minus(l).isAfter(probe.minus(s));
    } catch (ArithmeticException | DateTimeException e) {
      throw new IllegalArgumentException(
          "review period out of range: " + shortest + "/" + longest, e);
    }
    if (s.isNegative() || s.isZero() || !ordered) {
      throw new IllegalArgumentException(
          "review period must be positive, shortest first: " + shortest + "/" + longest);
    }
    return new ReviewPeriod(s, l);
  }

  /** The canonical form: years folded into months, as {@link #ofMonths(int, int)} writes them. */
  private static Period monthsAndDays(Period period) {
    return Period.of(0, Math.toIntExact(period.toTotalMonths()), period.getDays());
  }

  /**
   * Obtains a review period from its text form, {@code P12M} or {@code P12M/P18M}.
   *
   * @param text the text; not null
   * @return the review period
   * @throws AuditParseException if the text is not one or two ISO-8601 periods, shortest first
   */
  public static ReviewPeriod parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.strip().split("/", -1);
    try {
      if (parts.length == 1) {
        Period p = Period.parse(parts[0]);
        return of(p, p);
      }
      if (parts.length == 2) {
        return of(Period.parse(parts[0]), Period.parse(parts[1]));
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      // reported below with the accepted forms
    }
    throw new AuditParseException(
        "invalid review period '"
            + text
            + "'; expected an ISO-8601 period such as 'P12M',"
            + " or a range such as 'P12M/P18M'",
        text);
  }

  /**
   * Returns the shortest period looked back over.
   *
   * @return the shortest period
   */
  public Period shortest() {
    return shortest;
  }

  /**
   * Returns the longest period looked back over; equal to {@link #shortest()} for a fixed period.
   *
   * @return the longest period
   */
  public Period longest() {
    return longest;
  }

  /**
   * Returns the first day of the window this period reviews when an audit is made on a day: the day
   * the longest period before it.
   *
   * @param auditDate the day of the audit; not null
   * @return the first day reviewed
   */
  public LocalDate windowStart(LocalDate auditDate) {
    return auditDate.minus(longest);
  }

  /**
   * Returns the first day of the window this period reviews for a case: the day the longest period
   * before the audit, or the day the case was opened if that is later. Dudley reviews "the last 12
   * months immediately preceding the audit, or from the point at which the case was opened if
   * within the last 12 months" (audit framework 2017, line 76; seed-fidelity review U3).
   *
   * @param auditDate the day of the audit; not null
   * @param caseOpenedOn the day the case was opened; not null
   * @return the first day reviewed, never before the case was opened
   */
  public LocalDate windowStart(LocalDate auditDate, LocalDate caseOpenedOn) {
    Objects.requireNonNull(caseOpenedOn, "caseOpenedOn");
    LocalDate start = windowStart(auditDate);
    return caseOpenedOn.isAfter(start) ? caseOpenedOn : start;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReviewPeriod
        && ((ReviewPeriod) obj).shortest.equals(shortest)
        && ((ReviewPeriod) obj).longest.equals(longest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shortest, longest);
  }

  /**
   * Returns the text form, {@code P12M} or {@code P12M/P18M}, which {@link #parse(String)} accepts.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return shortest.equals(longest) ? shortest.toString() : shortest + "/" + longest;
  }
}
