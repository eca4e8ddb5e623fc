package org.practiceaudit.core.report;

import java.time.YearMonth;
import java.util.List;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One calendar month of an {@link AggregateState}: the audits allocated in the month by timeliness,
 * and the scores and grades of the audits completed in it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class MonthState {

  MonthState() {}

  /**
   * Returns the month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the number of audits allocated in the month and completed on time.
   *
   * @return the count, 0 or more
   */
  public abstract long completedOnTime();

  /**
   * Returns the number of audits allocated in the month and completed late.
   *
   * @return the count, 0 or more
   */
  public abstract long completedLate();

  /**
   * Returns the number of audits allocated in the month, not completed and past their due day.
   *
   * @return the count, 0 or more
   */
  public abstract long overdue();

  /**
   * Returns the number of audits allocated in the month, not completed and not yet overdue.
   *
   * @return the count, 0 or more
   */
  public abstract long pending();

  /**
   * Returns the number of audits completed in the month.
   *
   * @return the count, 0 or more
   */
  public abstract long completed();

  /**
   * Returns the score totals of the audits completed in the month, one per domain of the report.
   *
   * @return the totals, in the report's domain order
   */
  public abstract List<DomainSums> domains();

  /**
   * Returns the per-audit totals of the audits completed in the month, by number of applicable
   * domains.
   *
   * @return the totals, each number of applicable domains at most once
   */
  public abstract List<AuditSums> perAudit();

  /**
   * Returns the overall grades of the audits completed in the month, a count per rank, best first.
   *
   * @return the counts, one per grade of the report's scale, each 0 or more
   */
  public abstract List<Long> grades();

  /**
   * Returns the number of audits allocated in the month.
   *
   * @return the count, 0 or more
   */
  public long allocated() {
    return completedOnTime() + completedLate() + overdue() + pending();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableMonthState.Builder builder() {
    return ImmutableMonthState.builder();
  }

  @Value.Check
  void check() {
    String where = "month " + month();
    AggregateStateChecks.requireCount("completed on time in " + where, completedOnTime());
    AggregateStateChecks.requireCount("completed late in " + where, completedLate());
    AggregateStateChecks.requireCount("overdue in " + where, overdue());
    AggregateStateChecks.requireCount("pending in " + where, pending());
    AggregateStateChecks.requireCount("completed in " + where, completed());
    if (allocated() == 0 && completed() == 0) {
      throw new IllegalArgumentException(
          where + " has no allocated and no completed audit (leave it out)");
    }
    AggregateStateChecks.checkParts(where, completed(), domains(), perAudit(), grades());
  }
}
