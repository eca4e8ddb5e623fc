package org.practiceaudit.core.report;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * The exact totals of the audits in an {@link AggregateState} that scored a given number of
 * domains: how many there are, the sum of their score totals and the sum of the squares of those
 * totals.
 *
 * <p>The overall average weighs each audit by its own average over its applicable domains; keeping
 * the totals per number of applicable domains keeps that average exact under merging.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AuditSums {

  AuditSums() {}

  /**
   * Returns the number of domains each of these audits scored.
   *
   * @return the number, 1 or more (at most the number of domains in the report)
   */
  public abstract int applicableDomains();

  /**
   * Returns the number of audits that scored exactly {@link #applicableDomains()} domains.
   *
   * @return the count, 1 or more
   */
  public abstract long audits();

  /**
   * Returns the sum, over those audits, of each audit's score total.
   *
   * @return the exact sum
   */
  public abstract long sum();

  /**
   * Returns the sum, over those audits, of the square of each audit's score total.
   *
   * @return the exact sum of squares, 0 or more
   */
  public abstract long sumOfSquares();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAuditSums.Builder builder() {
    return ImmutableAuditSums.builder();
  }

  @Value.Check
  void check() {
    if (applicableDomains() < 1) {
      throw new IllegalArgumentException(
          "applicable domains must be 1 or more: " + applicableDomains());
    }
    if (audits() < 1) {
      throw new IllegalArgumentException(
          "audits with "
              + applicableDomains()
              + " applicable domains must be 1 or more (leave the entry out): "
              + audits());
    }
    AggregateStateChecks.requireCount(
        "sum of squares of audits with " + applicableDomains() + " applicable domains",
        sumOfSquares());
  }
}
