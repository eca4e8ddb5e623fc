package org.practiceaudit.core.quota;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Audits completed on time out of audits allocated in a period: the "audit compliance" of Dorset's
 * monthly audit report (June 2019, 3.1: "Audit compliance has reduced again this month down to 76%").
 *
 * <p>Audits allocated in the period fall into four counts: completed on time (by their due date), completed
 * late, overdue (not completed and past due on the day of the report) and pending (not completed, not yet
 * due). Pending audits are left out of the percentage: they cannot yet be late.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AuditCompliance {

  AuditCompliance() {}

  /**
   * Returns the audits completed by their due date.
   *
   * @return the count, 0 or more
   */
  public abstract int onTime();

  /**
   * Returns the audits completed after their due date.
   *
   * @return the count, 0 or more
   */
  public abstract int late();

  /**
   * Returns the audits not completed and past their due date.
   *
   * @return the count, 0 or more
   */
  public abstract int overdue();

  /**
   * Returns the audits not completed and not yet due.
   *
   * @return the count, 0 or more
   */
  public abstract int pending();

  /**
   * Returns every audit allocated in the period.
   *
   * @return the sum of the four counts
   */
  public int allocated() {
    return onTime() + late() + overdue() + pending();
  }

  /**
   * Returns the compliance: audits on time as a percentage of audits that are due.
   *
   * @return {@code 100 * onTime / (onTime + late + overdue)}, 0 to 100; 100 when nothing is due yet
   */
  public double compliancePercent() {
    return Percentages.of(onTime(), onTime() + late() + overdue());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAuditCompliance.Builder builder() {
    return ImmutableAuditCompliance.builder();
  }

  @Value.Check
  void check() {
    if (onTime() < 0 || late() < 0 || overdue() < 0 || pending() < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: on time " + onTime() + ", late " + late() + ", overdue "
              + overdue() + ", pending " + pending());
    }
  }
}
