package org.practiceaudit.core.programme;

import java.util.OptionalInt;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Planned against done for one programme entry.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class EntryProgress {

  EntryProgress() {}

  /**
   * Returns the entry.
   *
   * @return the entry
   */
  public abstract ProgrammeEntry entry();

  /**
   * Returns the number of completed audits that match the entry.
   *
   * @return 0 or more
   */
  public abstract int done();

  /**
   * Returns the number planned.
   *
   * @return the entry's planned number, or empty when not set
   */
  public OptionalInt planned() {
    return entry().planned();
  }

  /**
   * Returns how many planned audits are still to be done.
   *
   * @return {@code max(0, planned − done)}; 0 when no number is planned
   */
  public int remaining() {
    return Math.max(0, planned().orElse(0) - done());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableEntryProgress.Builder builder() {
    return ImmutableEntryProgress.builder();
  }

  @Value.Check
  void check() {
    if (done() < 0) {
      throw new IllegalArgumentException(
          "programme entry " + entry().month() + ": done must not be negative: " + done());
    }
  }
}
