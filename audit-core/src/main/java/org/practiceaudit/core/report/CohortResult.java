package org.practiceaudit.core.report;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * The grade distribution and domain averages of one cohort: audits sharing a value of a dimension
 * such as case category (Dorset compares looked-after children with children who are disabled),
 * team or audit type, each with its weakest and strongest domain.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class CohortResult {

  CohortResult() {}

  /**
   * Returns the dimension, such as {@code category}, {@code team} or {@code audit-type}.
   *
   * @return the dimension
   */
  public abstract String dimension();

  /**
   * Returns the cohort's value, such as {@code looked-after}.
   *
   * @return the value
   */
  public abstract String value();

  /**
   * Returns the number of completed audits in the cohort.
   *
   * @return the count, 0 or more
   */
  public abstract long audits();

  /**
   * Returns the cohort's grade distribution.
   *
   * @return the distribution
   */
  public abstract GradeDistribution grades();

  /**
   * Returns the cohort's domain averages, in framework order.
   *
   * @return the averages
   */
  public abstract List<DomainResult> domains();

  /**
   * Returns the id of the cohort's domain with the lowest average (the earliest in framework order
   * on a tie), as Dorset names each cohort's weakest domain (monthly audit report, June 2019, 4.4;
   * seed-fidelity review D15).
   *
   * @return the id, or empty when no domain of the cohort has a score
   */
  public abstract Optional<String> weakestDomain();

  /**
   * Returns the id of the cohort's domain with the highest average (the earliest in framework order
   * on a tie), as Dorset names each cohort's highest-scoring domain (monthly audit report, June
   * 2019, 4.5; seed-fidelity review D15).
   *
   * @return the id, or empty when no domain of the cohort has a score
   */
  public abstract Optional<String> strongestDomain();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableCohortResult.Builder builder() {
    return ImmutableCohortResult.builder();
  }

  @Value.Check
  void check() {
    if (audits() < 0) {
      throw new IllegalArgumentException("audits must not be negative: " + audits());
    }
  }
}
