package org.practiceaudit.core.programme;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
   * Derives planned against done from counts of completed audits by month of completion, audit type
   * theme and joint partner: a pure function, so that progress can come from a report aggregate's
   * counts as well as from the audits themselves. A count belongs to an entry when its audit type
   * is the entry's, its month is one the entry covers, and, if the entry has a theme, its theme is
   * that theme, and, if the entry names a joint partner, its partner is that one; {@link
   * #doneTotal()} counts each count once however many entries it belongs to.
   *
   * @param programme the programme; not null
   * @param counts the counts, each month, type, theme and partner at most once; not null
   * @return planned against done per entry, in the programme's order, and totals
   * @throws IllegalArgumentException if two counts have the same month, type, theme and partner, or
   *     a total exceeds {@link Integer#MAX_VALUE}
   */
  public static ProgrammeProgress of(AuditProgramme programme, Collection<ProgrammeCount> counts) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(counts, "counts");
    Set<ProgrammeCount> keys = new HashSet<>();
    for (ProgrammeCount count : counts) {
      if (!keys.add(Objects.requireNonNull(count, "counts must not contain null").withAudits(0))) {
        throw new IllegalArgumentException(
            "two counts for "
                + count.month()
                + ", type '"
                + count.auditType()
                + "'"
                + count.theme().map(t -> ", theme '" + t + "'").orElse("")
                + count.jointWith().map(p -> ", joint with '" + p + "'").orElse(""));
      }
    }
    ImmutableProgrammeProgress.Builder progress = builder();
    Set<ProgrammeCount> counted = new HashSet<>();
    for (ProgrammeEntry entry : programme.entries()) {
      long done = 0;
      for (ProgrammeCount count : counts) {
        if (count.belongsTo(entry)) {
          done += count.audits();
          counted.add(count);
        }
      }
      progress.addEntry(EntryProgress.builder().entry(entry).done(Math.toIntExact(done)).build());
    }
    return progress
        .doneTotal(Math.toIntExact(counted.stream().mapToLong(ProgrammeCount::audits).sum()))
        .build();
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
