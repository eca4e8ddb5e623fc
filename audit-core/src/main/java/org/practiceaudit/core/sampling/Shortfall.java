package org.practiceaudit.core.sampling;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * How far a sample fell short of its plan: fewer cases were eligible than the plan asked for.
 *
 * <p>A shortfall is data, never an exception and never a silent truncation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Shortfall {

  Shortfall() {}

  /**
   * Returns the size the plan asked for.
   *
   * @return 1 or more
   */
  public abstract int planned();

  /**
   * Returns the number of cases drawn.
   *
   * @return less than {@link #planned()}
   */
  public abstract int selected();

  /**
   * Returns the number of eligible cases, after filters and exclusions.
   *
   * @return 0 or more
   */
  public abstract int eligible();

  /**
   * Returns the number of cases missing.
   *
   * @return {@code planned - selected}, 1 or more
   */
  public int missing() {
    return planned() - selected();
  }

  /**
   * Describes the shortfall in words a service manager understands, with counts only.
   *
   * @return such as "planned 30 cases, selected 12 of 12 eligible: 18 short"
   */
  public String describe() {
    return "planned "
        + planned()
        + (planned() == 1 ? " case" : " cases")
        + ", selected "
        + selected()
        + " of "
        + eligible()
        + " eligible: "
        + missing()
        + " short";
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableShortfall.Builder builder() {
    return ImmutableShortfall.builder();
  }

  @Value.Check
  void check() {
    if (selected() < 0 || selected() >= planned() || eligible() < 0) {
      throw new IllegalArgumentException(
          "a shortfall needs 0 <= selected < planned and eligible >= 0: planned "
              + planned()
              + ", selected "
              + selected()
              + ", eligible "
              + eligible());
    }
  }
}
