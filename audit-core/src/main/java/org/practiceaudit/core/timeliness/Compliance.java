package org.practiceaudit.core.timeliness;

import org.immutables.value.Value;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Audit compliance: audits completed on or before their due day out of all audits allocated, shown
 * with the four counts of {@link Timeliness} (Dorset monthly audit report, June 2019, 3.1: "Audit
 * compliance has reduced again this month down to 76%").
 *
 * <p>This is the one compliance figure of the library: the report, the quota tracker and the {@code
 * audit-due} rule's outcomes all give it. Audits not yet due count in the denominator, as
 * allocated, so the figure rises as they are completed on time.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Compliance {

  Compliance() {}

  /**
   * Returns the number completed on or before their due day (or with no due day).
   *
   * @return the count, 0 or more
   */
  public abstract long completedOnTime();

  /**
   * Returns the number completed after their due day.
   *
   * @return the count, 0 or more
   */
  public abstract long completedLate();

  /**
   * Returns the number not completed and past their due day on the report day.
   *
   * @return the count, 0 or more
   */
  public abstract long overdue();

  /**
   * Returns the number not completed and not yet overdue (or with no due day).
   *
   * @return the count, 0 or more
   */
  public abstract long pending();

  /**
   * Returns the number of audits allocated.
   *
   * @return the sum of the four counts
   */
  public long allocated() {
    return completedOnTime() + completedLate() + overdue() + pending();
  }

  /**
   * Returns the number not (yet) completed.
   *
   * @return overdue plus pending
   */
  public long notCompleted() {
    return overdue() + pending();
  }

  /**
   * Returns the compliance: completed on time out of allocated, with its Wilson interval.
   *
   * @return the proportion; its share is empty when nothing was allocated
   */
  public Proportion onTime() {
    return Proportion.of(completedOnTime(), allocated());
  }

  /**
   * Returns the count of one timeliness.
   *
   * @param timeliness the timeliness; not null
   * @return the count, 0 or more
   */
  public long count(Timeliness timeliness) {
    switch (timeliness) {
      case ON_TIME:
        return completedOnTime();
      case LATE:
        return completedLate();
      case OVERDUE:
        return overdue();
      default:
        return pending();
    }
  }

  /**
   * Obtains the compliance of the four counts.
   *
   * @param completedOnTime completed on or before their due day, 0 or more
   * @param completedLate completed after their due day, 0 or more
   * @param overdue not completed and past their due day, 0 or more
   * @param pending not completed and not yet overdue, 0 or more
   * @return the compliance
   * @throws IllegalArgumentException if a count is negative or they add up to more than {@link
   *     Long#MAX_VALUE}
   */
  public static Compliance of(
      long completedOnTime, long completedLate, long overdue, long pending) {
    return builder()
        .completedOnTime(completedOnTime)
        .completedLate(completedLate)
        .overdue(overdue)
        .pending(pending)
        .build();
  }

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
    if (completedOnTime() < 0 || completedLate() < 0 || overdue() < 0 || pending() < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: on time "
              + completedOnTime()
              + ", late "
              + completedLate()
              + ", overdue "
              + overdue()
              + ", pending "
              + pending());
    }
    long sum = completedOnTime();
    for (long count : new long[] {completedLate(), overdue(), pending()}) {
      sum += count;
      if (sum < 0) {
        throw new IllegalArgumentException(
            "counts add up to more than "
                + Long.MAX_VALUE
                + ": on time "
                + completedOnTime()
                + ", late "
                + completedLate()
                + ", overdue "
                + overdue()
                + ", pending "
                + pending());
      }
    }
  }
}
