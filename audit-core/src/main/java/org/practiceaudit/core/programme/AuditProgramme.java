package org.practiceaudit.core.programme;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * A year's plan of audits, entry by entry, with planned against done.
 *
 * <p>Follows the annual audit programme table of Camden's audit programme 2021-22 (month, type,
 * theme, number proposed, notes). An audit counts as done for an entry when it is completed, of the
 * entry's type, completed in a month the entry covers, and, if the entry has a theme, its {@value
 * #THEME_ATTRIBUTE} attribute equals that theme, and, if the entry is joint with a partner, its
 * {@value #JOINT_WITH_ATTRIBUTE} attribute names that partner (Camden's front-door audits "jointly
 * carried out with Early Help" at least once a year, C15).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AuditProgramme {

  /** The audit attribute a themed entry is matched against. */
  public static final String THEME_ATTRIBUTE = "theme";

  /** The audit attribute naming the partner an audit was carried out jointly with. */
  public static final String JOINT_WITH_ATTRIBUTE = "joint_with";

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
   * @return planned against done per entry, and totals; the same as {@link ProgrammeProgress#of}
   *     over the audits' {@link ProgrammeCount#tally tally}
   */
  public ProgrammeProgress progress(Collection<Audit> audits) {
    Objects.requireNonNull(audits, "audits");
    audits.forEach(a -> Objects.requireNonNull(a, "audits must not contain null"));
    return ProgrammeProgress.of(this, ProgrammeCount.tally(audits));
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
      throw new IllegalArgumentException(
          "audit programme name must not be blank: '" + name() + "'");
    }
  }
}
