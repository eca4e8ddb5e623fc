package org.practiceaudit.core.report;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.agreement.MeanChange;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Month-on-month averages of one domain (or overall), with a plain-language note on the latest
 * change.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Trend {

  Trend() {}

  /**
   * Returns the domain's id, or {@code overall}.
   *
   * @return the id
   */
  public abstract String domainId();

  /**
   * Returns the averages by month, oldest first.
   *
   * @return the months
   */
  public abstract List<MonthlyAverage> months();

  /**
   * Returns the change from the second-latest to the latest month.
   *
   * @return the change, or empty with fewer than two months
   */
  public abstract Optional<MeanChange> latestChange();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableTrend.Builder builder() {
    return ImmutableTrend.builder();
  }
}
