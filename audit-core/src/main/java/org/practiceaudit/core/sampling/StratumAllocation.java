package org.practiceaudit.core.sampling;

import java.util.Map;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One stratum's line in a sample's allocation: how many cases it held, its target and how many were
 * drawn.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class StratumAllocation {

  StratumAllocation() {}

  /**
   * Returns the stratum's key.
   *
   * @return an unmodifiable map from each strata attribute (in the plan's order) to the stratum's
   *     value; empty for an unstratified sample. A case without the attribute has the value {@code
   *     ""}
   */
  public abstract Map<String, String> key();

  /**
   * Returns the number of eligible cases in the stratum.
   *
   * @return 0 or more
   */
  public abstract int eligible();

  /**
   * Returns the number of cases the allocation gave the stratum.
   *
   * @return 0 or more
   */
  public abstract int target();

  /**
   * Returns the number of cases drawn from the stratum.
   *
   * @return {@code min(target, eligible)}
   */
  public abstract int selected();

  /**
   * Returns what decided the target.
   *
   * @return the bound
   */
  public abstract AllocationBound bound();

  /**
   * Returns how many cases the stratum fell short of its target.
   *
   * @return {@code target - selected}, 0 or more
   */
  public int shortfall() {
    return target() - selected();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableStratumAllocation.Builder builder() {
    return ImmutableStratumAllocation.builder();
  }

  @Value.Check
  void check() {
    if (eligible() < 0 || target() < 0 || selected() != Math.min(target(), eligible())) {
      throw new IllegalArgumentException(
          "stratum "
              + key()
              + ": need eligible >= 0, target >= 0 and selected = min(target, eligible);"
              + " eligible "
              + eligible()
              + ", target "
              + target()
              + ", selected "
              + selected());
    }
  }
}
