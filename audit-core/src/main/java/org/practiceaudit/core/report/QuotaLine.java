package org.practiceaudit.core.report;

import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.workforce.Role;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Quota compliance of one role (Dudley audit framework, "Who will complete Case File Audits": minimum audits per role).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class QuotaLine {

  QuotaLine() {}

  /**
   * Returns the role.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns the number of people with a quota in the role.
   *
   * @return the count, 0 or more
   */
  public abstract long people();

  /**
   * Returns the audits the role's people must complete together.
   *
   * @return the count, 0 or more
   */
  public abstract long required();

  /**
   * Returns the audits they completed, counting each person up to their minimum.
   *
   * @return the count, 0 or more
   */
  public abstract long completed();

  /**
   * Returns the people who met their minimum, out of all.
   *
   * @return the proportion
   */
  public abstract Proportion meeting();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableQuotaLine.Builder builder() {
    return ImmutableQuotaLine.builder();
  }

  @Value.Check
  void check() {
    if (people() < 0) {
      throw new IllegalArgumentException("people must not be negative: " + people());
    }
    if (required() < 0) {
      throw new IllegalArgumentException("required must not be negative: " + required());
    }
    if (completed() < 0) {
      throw new IllegalArgumentException("completed must not be negative: " + completed());
    }
  }
}
