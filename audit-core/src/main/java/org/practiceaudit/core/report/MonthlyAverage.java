package org.practiceaudit.core.report;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One month's average: of one domain's scores, or of each audit's average over its scored domains.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class MonthlyAverage {

  MonthlyAverage() {}

  /**
   * Returns the month audits were completed in.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the number of scores (for a domain) or audits (overall) averaged.
   *
   * @return the count, 0 or more
   */
  public abstract long audits();

  /**
   * Returns the average.
   *
   * @return the average, or not computable
   */
  public abstract Statistic average();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableMonthlyAverage.Builder builder() {
    return ImmutableMonthlyAverage.builder();
  }

  @Value.Check
  void check() {
    if (audits() < 0) {
      throw new IllegalArgumentException("audits must not be negative: " + audits());
    }
  }
}
