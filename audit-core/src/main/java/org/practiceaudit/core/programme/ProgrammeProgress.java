package org.practiceaudit.core.programme;

import java.util.List;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Planned against done for a whole audit programme.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ProgrammeProgress {

  ProgrammeProgress() {}

  /**
   * Returns the progress of each entry, in the programme's order.
   *
   * @return the lines
   */
  public abstract List<EntryProgress> entries();

  /**
   * Returns the number of distinct completed audits that match at least one entry.
   *
   * @return 0 or more; an audit matching two entries counts once here, and in each entry's line
   */
  public abstract int doneTotal();

  /**
   * Returns the total number planned, over the entries with a number.
   *
   * @return 0 or more
   */
  public int plannedTotal() {
    return entries().stream().mapToInt(e -> e.planned().orElse(0)).sum();
  }

  /**
   * Returns the total still to be done, entry by entry.
   *
   * @return the sum of each entry's remaining number
   */
  public int remainingTotal() {
    return entries().stream().mapToInt(EntryProgress::remaining).sum();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableProgrammeProgress.Builder builder() {
    return ImmutableProgrammeProgress.builder();
  }
}
