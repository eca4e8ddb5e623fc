package org.practiceaudit.core.report;

import org.practiceaudit.core.agreement.Proportion;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Audit compliance: audits completed on time out of audits allocated (Dorset monthly audit report, June 2019, section 3: "audit compliance has reduced again this month down to 76%").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Compliance {

  Compliance() {}

  /**
   * Returns the number of audits allocated.
   *
   * @return the count, 0 or more
   */
  public abstract long allocated();

  /**
   * Returns the number completed on or before their due date.
   *
   * @return the count, 0 or more
   */
  public abstract long completedOnTime();

  /**
   * Returns the number completed after their due date.
   *
   * @return the count, 0 or more
   */
  public abstract long completedLate();

  /**
   * Returns the number not (yet) completed.
   *
   * @return the count, 0 or more
   */
  public abstract long notCompleted();

  /**
   * Returns the number not completed and past their due date on the report date.
   *
   * @return the count, 0 or more
   */
  public abstract long overdue();

  /**
   * Returns completed on time out of allocated, with its Wilson interval.
   *
   * @return the proportion
   */
  public abstract Proportion onTime();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableCompliance.Builder builder() {
    return ImmutableCompliance.builder();
  }

  @Value.Check
  void check() {
    if (allocated() < 0) {
      throw new IllegalArgumentException("allocated must not be negative: " + allocated());
    }
    if (completedOnTime() < 0) {
      throw new IllegalArgumentException("completedOnTime must not be negative: " + completedOnTime());
    }
    if (completedLate() < 0) {
      throw new IllegalArgumentException("completedLate must not be negative: " + completedLate());
    }
    if (notCompleted() < 0) {
      throw new IllegalArgumentException("notCompleted must not be negative: " + notCompleted());
    }
    if (overdue() < 0) {
      throw new IllegalArgumentException("overdue must not be negative: " + overdue());
    }
    if (completedOnTime() + completedLate() + notCompleted() != allocated()) {
      throw new IllegalArgumentException("on time, late and not completed must add up to allocated: " + this);
    }
  }
}
