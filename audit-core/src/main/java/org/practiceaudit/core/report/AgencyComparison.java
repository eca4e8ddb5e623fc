package org.practiceaudit.core.report;

import java.util.Map;
import org.immutables.value.Value;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One case's area of work as each agency graded it, side by side (London multi-agency audit pack,
 * "When can the audit tools be used?": each area of work is graded separately so that "comparative,
 * evidenced judgements" can be made between agencies on a case).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AgencyComparison {

  AgencyComparison() {}

  /**
   * Returns the case.
   *
   * @return the case's pseudonymous id
   */
  public abstract CaseId caseId();

  /**
   * Returns the area of work, such as {@code assessment}.
   *
   * @return the area id
   */
  public abstract String area();

  /**
   * Returns each agency's grade, by agency id in alphabetical order.
   *
   * @return the grades
   */
  public abstract Map<String, Grade> grades();

  /**
   * Returns how many grades apart the best and the worst agency's grades are.
   *
   * @return the spread, 0 when all agree
   */
  public abstract int spread();

  /**
   * Checks whether the agencies disagree on this area.
   *
   * @return true if at least two agencies gave different grades
   */
  public boolean isDisagreement() {
    return spread() > 0;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAgencyComparison.Builder builder() {
    return ImmutableAgencyComparison.builder();
  }

  @Value.Check
  void check() {
    if (spread() < 0) {
      throw new IllegalArgumentException("spread must not be negative: " + spread());
    }
  }
}
