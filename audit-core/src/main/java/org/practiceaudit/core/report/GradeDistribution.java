package org.practiceaudit.core.report;

import java.util.List;
import org.immutables.value.Value;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Counts and shares of overall judgements (Dorset monthly audit report, section 5: "5 ... is 15% of
 * the overall judgments"), best grade first.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class GradeDistribution {

  GradeDistribution() {}

  /**
   * Returns the grade scale's id.
   *
   * @return the id
   */
  public abstract String scaleId();

  /**
   * Returns the number of graded audits.
   *
   * @return the count, 0 or more
   */
  public abstract long graded();

  /**
   * Returns every grade of the scale with its count, best first.
   *
   * @return the counts
   */
  public abstract List<GradeCount> grades();

  /**
   * Returns the audits graded at the scale's second-best grade or better (Good or Outstanding on
   * Ofsted's scale), with its Wilson interval.
   *
   * @return the proportion
   */
  public abstract Proportion goodOrBetter();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableGradeDistribution.Builder builder() {
    return ImmutableGradeDistribution.builder();
  }

  @Value.Check
  void check() {
    if (graded() < 0) {
      throw new IllegalArgumentException("graded must not be negative: " + graded());
    }
  }
}
