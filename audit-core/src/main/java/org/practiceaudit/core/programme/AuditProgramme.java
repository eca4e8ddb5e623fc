package org.practiceaudit.core.programme;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * A year's plan of audits, entry by entry, with planned against done.
 *
 * <p>Follows the annual audit programme table of Camden's audit programme 2021-22 (month, type, theme,
 * number proposed, notes). An audit counts as done for an entry when it is completed, of the entry's type,
 * completed in a month the entry covers, and, if the entry has a theme, its {@value #THEME_ATTRIBUTE}
 * attribute equals that theme.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AuditProgramme {

  /** The audit attribute a themed entry is matched against. */
  public static final String THEME_ATTRIBUTE = "theme";

  AuditProgramme() {}

  /**
   * Returns the programme's name.
   *
   * @return such as {@code CSSW annual audit programme 2021-22}; not blank
   */
  public abstract String name();

  /**
   * Returns the entries, in the programme's order.
   *
   * @return the entries, possibly empty
   */
  public abstract List<ProgrammeEntry> entries();

  /**
   * Compares the programme with the audits done.
   *
   * @param audits the audits, in any order and of any status (only completed ones count); not null
   * @return planned against done per entry, and totals
   */
  public ProgrammeProgress progress(Collection<Audit> audits) {
    Objects.requireNonNull(audits, "audits");
    ImmutableProgrammeProgress.Builder progress = ProgrammeProgress.builder();
    Set<AuditId> counted = new HashSet<>();
    for (ProgrammeEntry entry : entries()) {
      int done = 0;
      for (Audit audit : audits) {
        if (matches(entry, Objects.requireNonNull(audit, "audits must not contain null"))) {
          done++;
          counted.add(audit.id());
        }
      }
      progress.addEntry(EntryProgress.builder().entry(entry).done(done).build());
    }
    return progress.doneTotal(counted.size()).build();
  }

  private static boolean matches(ProgrammeEntry entry, Audit audit) {
    return audit.status().isCompleted()
        && audit.completedOn().isPresent()
        && audit.auditType().equals(entry.auditType())
        && entry.covers(YearMonth.from(audit.completedOn().get()))
        && entry.theme().map(theme -> theme.equals(audit.attributes().get(THEME_ATTRIBUTE))).orElse(true);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAuditProgramme.Builder builder() {
    return ImmutableAuditProgramme.builder();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("audit programme name must not be blank: '" + name() + "'");
    }
  }
}
