package org.practiceaudit.core.report;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.timeliness.Compliance;

/**
 * Audit compliance of the audits allocated in one month.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class MonthlyCompliance {

  MonthlyCompliance() {}

  /**
   * Returns the month the audits were allocated in.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns their compliance.
   *
   * @return the compliance
   */
  public abstract Compliance compliance();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableMonthlyCompliance.Builder builder() {
    return ImmutableMonthlyCompliance.builder();
  }
}
