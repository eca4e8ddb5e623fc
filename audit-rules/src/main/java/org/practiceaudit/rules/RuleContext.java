package org.practiceaudit.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * What a rule evaluates in: the clock (there is no hidden {@code now()}), the working calendar and the
 * audit framework.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class RuleContext {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  RuleContext() {}

  /**
   * Returns the clock that says what "now" is.
   *
   * @return the clock
   */
  public abstract Clock clock();

  /**
   * Returns today's date in Europe/London according to the clock.
   *
   * @return the date
   */
  public LocalDate today() {
    return LocalDate.ofInstant(clock().instant(), LONDON);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableRuleContext.Builder builder() {
    return ImmutableRuleContext.builder();
  }
}
