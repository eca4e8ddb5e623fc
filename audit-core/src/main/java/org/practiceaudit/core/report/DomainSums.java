package org.practiceaudit.core.report;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * The exact score totals of one domain in an {@link AggregateState}: how many audits scored it, the
 * sum and the sum of squares of their scores, and how many marked it not applicable.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class DomainSums {

  DomainSums() {}

  /**
   * Returns the domain's id.
   *
   * @return the id, not blank
   */
  public abstract String domainId();

  /**
   * Returns the number of audits that gave the domain a score on its scale.
   *
   * @return the count, 0 or more
   */
  public abstract long scored();

  /**
   * Returns the sum of those scores.
   *
   * @return the exact sum; 0 when nothing is scored
   */
  public abstract long sum();

  /**
   * Returns the sum of the squares of those scores.
   *
   * @return the exact sum of squares, 0 or more; 0 when nothing is scored
   */
  public abstract long sumOfSquares();

  /**
   * Returns the number of audits that marked the domain not applicable.
   *
   * @return the count, 0 or more
   */
  public abstract long notApplicable();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableDomainSums.Builder builder() {
    return ImmutableDomainSums.builder();
  }

  @Value.Check
  void check() {
    if (domainId().isBlank()) {
      throw new IllegalArgumentException("domain id must not be blank: '" + domainId() + "'");
    }
    AggregateStateChecks.requireCount("scored of domain '" + domainId() + "'", scored());
    AggregateStateChecks.requireCount(
        "not applicable of domain '" + domainId() + "'", notApplicable());
    AggregateStateChecks.requireCount(
        "sum of squares of domain '" + domainId() + "'", sumOfSquares());
    if (scored() == 0 && (sum() != 0 || sumOfSquares() != 0)) {
      throw new IllegalArgumentException(
          "domain '"
              + domainId()
              + "' has no scores but sum "
              + sum()
              + " and sum of squares "
              + sumOfSquares());
    }
  }
}
