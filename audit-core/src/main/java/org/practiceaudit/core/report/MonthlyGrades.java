package org.practiceaudit.core.report;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * The distribution of overall judgements of the audits completed in one month, so that judgements
 * can be read month on month: Dorset's report counts each month's Inadequate, Good and Outstanding
 * judgements and measures success as more Good and Outstanding and no Inadequate (monthly audit
 * report, June 2019, 5.1-5.3 and 8.1; seed-fidelity review D17).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class MonthlyGrades {

  MonthlyGrades() {}

  /**
   * Returns the month the audits were completed in.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the distribution of the overall judgements of the audits completed in the month.
   *
   * @return the distribution, graded 0 or more
   */
  public abstract GradeDistribution grades();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableMonthlyGrades.Builder builder() {
    return ImmutableMonthlyGrades.builder();
  }
}
