package org.practiceaudit.core.programme;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.practiceaudit.core.audit.Audit;

/**
 * Counts completed audits by month of completion, audit type, theme and joint partner, one audit at
 * a time, so that a programme's progress can be found while audits are streamed from a file or a
 * database without holding them. Memory grows with the number of distinct (month, type, theme,
 * partner) keys, never with the audits.
 *
 * <p>This class is mutable and not thread-safe; {@link #merge} combines tallies made apart.
 */
public final class ProgrammeTally {

  private final Map<String, ProgrammeCount> counts = new TreeMap<>();

  /** Creates an empty tally. */
  public ProgrammeTally() {}

  /**
   * Counts an audit if it is completed with a completion date; other audits are ignored.
   *
   * @param audit the audit; not null
   * @throws NullPointerException if {@code audit} is null
   */
  public void accept(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    if (!audit.status().isCompleted() || audit.completedOn().isEmpty()) {
      return;
    }
    add(
        ProgrammeCount.builder()
            .month(YearMonth.from(audit.completedOn().get()))
            .auditType(audit.auditType())
            .theme(Optional.ofNullable(audit.attributes().get(AuditProgramme.THEME_ATTRIBUTE)))
            .jointWith(
                Optional.ofNullable(audit.attributes().get(AuditProgramme.JOINT_WITH_ATTRIBUTE)))
            .audits(1)
            .build());
  }

  /**
   * Adds another tally's counts to this one.
   *
   * @param other the other tally; not null, may be this one
   * @return this tally
   * @throws NullPointerException if {@code other} is null
   */
  public ProgrammeTally merge(ProgrammeTally other) {
    Objects.requireNonNull(other, "other");
    for (ProgrammeCount count : List.copyOf(other.counts.values())) {
      add(count);
    }
    return this;
  }

  private void add(ProgrammeCount count) {
    String key =
        count.month()
            + "\u0000"
            + count.auditType()
            + "\u0000"
            + count.theme().map(t -> "\u0001" + t).orElse("")
            + "\u0000"
            + count.jointWith().map(p -> "\u0001" + p).orElse("");
    counts.merge(key, count, (a, b) -> a.withAudits(a.audits() + b.audits()));
  }

  /**
   * Returns the counts so far.
   *
   * @return the counts, by month, then type, then theme, then partner (none first); an unmodifiable
   *     copy
   */
  public List<ProgrammeCount> counts() {
    return List.copyOf(new ArrayList<>(counts.values()));
  }

  /**
   * Returns a programme's progress against the counts so far.
   *
   * @param programme the programme; not null
   * @return planned against done, entry by entry
   * @throws NullPointerException if {@code programme} is null
   */
  public ProgrammeProgress progress(AuditProgramme programme) {
    return ProgrammeProgress.of(Objects.requireNonNull(programme, "programme"), counts());
  }

  @Override
  public String toString() {
    return "ProgrammeTally" + counts.values();
  }
}
