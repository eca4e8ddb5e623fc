package org.practiceaudit.core.report;


import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Escalations of one category (Dudley audit framework, "Raising a Concern": categories 1 to 4), with how many are still open and how many are past their follow-up deadline.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class EscalationLine {

  EscalationLine() {}

  /**
   * Returns the escalation category.
   *
   * @return the level, 1 or more
   */
  public abstract int category();

  /**
   * Returns the number of audits escalated in the category.
   *
   * @return the count, 0 or more
   */
  public abstract long raised();

  /**
   * Returns the number still open: no recommended action recorded yet, or one still outstanding.
   *
   * @return the count, 0 or more
   */
  public abstract long open();

  /**
   * Returns the number open past their follow-up deadline on the report date.
   *
   * @return the count, 0 or more
   */
  public abstract long overdue();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableEscalationLine.Builder builder() {
    return ImmutableEscalationLine.builder();
  }

  @Value.Check
  void check() {
    if (raised() < 0) {
      throw new IllegalArgumentException("raised must not be negative: " + raised());
    }
    if (open() < 0) {
      throw new IllegalArgumentException("open must not be negative: " + open());
    }
    if (overdue() < 0) {
      throw new IllegalArgumentException("overdue must not be negative: " + overdue());
    }
  }
}
