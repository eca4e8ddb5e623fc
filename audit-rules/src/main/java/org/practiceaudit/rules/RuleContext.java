package org.practiceaudit.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * What a rule evaluates in: the clock (there is no hidden {@code now()}), the working calendar and
 * the audit framework.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class RuleContext {

  RuleContext() {}

  /**
   * Returns the clock that says what "now" is.
   *
   * @return the clock
   */
  public abstract Clock clock();

  /**
   * Returns the audit framework whose rules are evaluated.
   *
   * @return the framework
   */
  public abstract AuditFramework framework();

  /**
   * Returns the working calendar for deadlines.
   *
   * @return the calendar; the framework's unless another is given
   */
  @Value.Default
  public WorkingCalendar calendar() {
    return framework().calendar();
  }

  /**
   * Finds a grade on the framework's scale by label or alias, as parameters name grades.
   *
   * @param label the label, such as {@code Requires Improvement} or {@code RI}; not null
   * @return the grade, or empty if the scale has no such grade
   * @throws NullPointerException if {@code label} is null
   */
  public Optional<Grade> grade(String label) {
    return framework().gradeScale().find(Objects.requireNonNull(label, "label"));
  }

  /**
   * Returns today's date in Europe/London according to the clock.
   *
   * @return the date
   */
  public LocalDate today() {
    return LocalDate.ofInstant(clock().instant(), WorkingCalendar.LONDON);
  }

  /**
   * Obtains a context of a clock and a framework, with the framework's calendar.
   *
   * @param clock the clock; not null
   * @param framework the framework; not null
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static RuleContext of(Clock clock, AuditFramework framework) {
    return builder().clock(clock).framework(framework).build();
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
