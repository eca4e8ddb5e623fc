package org.practiceaudit.core.report;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Escalations of one tracked category (Dudley audit framework, "Raising a Concern": categories 1 to
 * 3; a category without follow-up, such as Dudley's 4, has no line), with how many are still open,
 * how many are past their follow-up deadline, and how many count from the completion day because
 * the escalation time was not recorded. {@link org.practiceaudit.core.escalation.Escalation}
 * defines each figure.
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
   * Returns the number still open: no follow-up check recorded, and no recommended action recorded
   * yet or one still outstanding.
   *
   * @return the count, 0 or more
   */
  public abstract long open();

  /**
   * Returns the number open at or past their follow-up deadline at the report instant.
   *
   * @return the count, 0 or more
   */
  public abstract long overdue();

  /**
   * Returns the number whose follow-up clock counts from the start of the completion day because
   * the escalation time was not recorded ({@link
   * org.practiceaudit.core.escalation.Escalation#CLOCK_START_NOT_RECORDED}).
   *
   * @return the count, 0 or more and at most {@link #raised()}; 0 by default
   */
  @Value.Default
  public long countedFromCompletionDay() {
    return 0;
  }

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
    if (countedFromCompletionDay() < 0 || countedFromCompletionDay() > raised()) {
      throw new IllegalArgumentException(
          "counted from the completion day must be between 0 and raised "
              + raised()
              + ": "
              + countedFromCompletionDay());
    }
  }
}
