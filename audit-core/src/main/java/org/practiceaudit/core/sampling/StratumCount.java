package org.practiceaudit.core.sampling;

import java.util.Map;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * An explicit number of cases to draw from one stratum, such as 10 cases with {@code rag=red}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class StratumCount {

  StratumCount() {}

  /**
   * Returns the stratum's key.
   *
   * @return an unmodifiable map from each of the plan's strata attributes to a value
   */
  public abstract Map<String, String> key();

  /**
   * Returns how many cases to draw from the stratum.
   *
   * @return 0 or more
   */
  public abstract int count();

  /**
   * Obtains a count for a stratum.
   *
   * @param key the stratum's key, one value per strata attribute; not null
   * @param count 0 or more
   * @return the stratum count
   * @throws IllegalArgumentException if the count is negative
   */
  public static StratumCount of(Map<String, String> key, int count) {
    return ImmutableStratumCount.builder().putAllKey(key).count(count).build();
  }

  @Value.Check
  void check() {
    if (count() < 0) {
      throw new IllegalArgumentException(
          "stratum " + key() + ": count must not be negative: " + count());
    }
  }
}
