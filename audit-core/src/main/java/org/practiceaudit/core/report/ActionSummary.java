package org.practiceaudit.core.report;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Recommended actions: how many there are, how many are outstanding and how many are overdue on the
 * report date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ActionSummary {

  ActionSummary() {}

  /**
   * Returns the number of actions.
   *
   * @return the count, 0 or more
   */
  public abstract long total();

  /**
   * Returns the number still open.
   *
   * @return the count, 0 or more
   */
  public abstract long outstanding();

  /**
   * Returns the number open after their due date.
   *
   * @return the count, 0 or more
   */
  public abstract long overdue();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableActionSummary.Builder builder() {
    return ImmutableActionSummary.builder();
  }

  @Value.Check
  void check() {
    if (total() < 0) {
      throw new IllegalArgumentException("total must not be negative: " + total());
    }
    if (outstanding() < 0) {
      throw new IllegalArgumentException("outstanding must not be negative: " + outstanding());
    }
    if (overdue() < 0) {
      throw new IllegalArgumentException("overdue must not be negative: " + overdue());
    }
  }
}
