package org.practiceaudit.core.report;

import org.immutables.value.Value;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * How many audits received one grade, and what share of all graded audits that is.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class GradeCount {

  GradeCount() {}

  /**
   * Returns the grade's label.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Returns the grade's rank, 0 = best.
   *
   * @return the rank
   */
  public abstract int rank();

  /**
   * Returns the number of audits with the grade.
   *
   * @return the count, 0 or more
   */
  public abstract long count();

  /**
   * Returns the share in tenths of a percent, rounded by largest remainder so that the grades of a
   * distribution add up to exactly 1000 (100.0%) whenever any audit is graded.
   *
   * @return the share, from 0 to 1000
   */
  public abstract int tenthsOfPercent();

  /**
   * Returns the count out of all graded audits, with its Wilson interval.
   *
   * @return the proportion
   */
  public abstract Proportion proportion();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableGradeCount.Builder builder() {
    return ImmutableGradeCount.builder();
  }

  @Value.Check
  void check() {
    if (count() < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count());
    }
    if (tenthsOfPercent() < 0 || tenthsOfPercent() > 1000) {
      throw new IllegalArgumentException(
          "tenths of a percent must be from 0 to 1000: " + tenthsOfPercent());
    }
  }
}
