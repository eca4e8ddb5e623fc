package org.practiceaudit.core.agreement;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Every agreement coefficient for one set of moderated pairs, as {@link Agreements#summarise}
 * computes them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AgreementSummary {

  AgreementSummary() {}

  /**
   * Returns the number of pairs.
   *
   * @return the pairs, 0 or more
   */
  public abstract long pairs();

  /**
   * Returns the share of pairs on the same grade.
   *
   * @return the share from 0 to 1, or not computable
   */
  public abstract Statistic exact();

  /**
   * Returns the share of pairs at most one grade apart.
   *
   * @return the share from 0 to 1, or not computable
   */
  public abstract Statistic withinOne();

  /**
   * Returns Cohen's kappa.
   *
   * @return kappa, or not computable
   */
  public abstract Statistic cohenKappa();

  /**
   * Returns the linear-weighted kappa.
   *
   * @return kappa, or not computable
   */
  public abstract Statistic linearKappa();

  /**
   * Returns the quadratic-weighted kappa.
   *
   * @return kappa, or not computable
   */
  public abstract Statistic quadraticKappa();

  /**
   * Returns Krippendorff's ordinal alpha.
   *
   * @return alpha, or not computable
   */
  public abstract Statistic ordinalAlpha();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAgreementSummary.Builder builder() {
    return ImmutableAgreementSummary.builder();
  }

  @Value.Check
  void check() {
    if (pairs() < 0) {
      throw new IllegalArgumentException("pairs must not be negative: " + pairs());
    }
  }
}
