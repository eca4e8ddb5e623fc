package org.practiceaudit.core.report;

import org.immutables.value.Value;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One domain's average score with its coverage: how many audits scored it, how many marked it N/A
 * (never counted) and how many left it out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class DomainResult {

  DomainResult() {}

  /**
   * Returns the domain's id.
   *
   * @return the id
   */
  public abstract String domainId();

  /**
   * Returns the domain's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the lowest score on the domain's scale.
   *
   * @return the minimum
   */
  public abstract int scaleMin();

  /**
   * Returns the highest score on the domain's scale.
   *
   * @return the maximum
   */
  public abstract int scaleMax();

  /**
   * Returns the number of audits that scored the domain.
   *
   * @return the count, 0 or more
   */
  public abstract long scored();

  /**
   * Returns the number of audits that marked the domain N/A.
   *
   * @return the count, 0 or more
   */
  public abstract long notApplicable();

  /**
   * Returns the number of completed audits with no entry for the domain.
   *
   * @return the count, 0 or more
   */
  public abstract long notScored();

  /**
   * Returns the average score over the audits that scored the domain.
   *
   * @return the average, within the scale, or not computable when none scored it
   */
  public abstract Statistic average();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableDomainResult.Builder builder() {
    return ImmutableDomainResult.builder();
  }

  @Value.Check
  void check() {
    if (scored() < 0) {
      throw new IllegalArgumentException("scored must not be negative: " + scored());
    }
    if (notApplicable() < 0) {
      throw new IllegalArgumentException("notApplicable must not be negative: " + notApplicable());
    }
    if (notScored() < 0) {
      throw new IllegalArgumentException("notScored must not be negative: " + notScored());
    }
  }
}
