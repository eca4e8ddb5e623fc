package org.practiceaudit.core.programme;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * How many audits of a type, on a theme or none, were completed in a month: what a programme's
 * progress is derived from ({@link ProgrammeProgress#of}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ProgrammeCount {

  ProgrammeCount() {}

  /**
   * Returns the month of completion.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the audit type.
   *
   * @return the type id; not blank
   */
  public abstract String auditType();

  /**
   * Returns the theme, the audits' {@value AuditProgramme#THEME_ATTRIBUTE} attribute.
   *
   * @return the theme, or empty for audits with none
   */
  public abstract Optional<String> theme();

  /**
   * Returns the partner the audits were carried out jointly with, their {@value
   * AuditProgramme#JOINT_WITH_ATTRIBUTE} attribute.
   *
   * @return the partner, or empty for audits carried out by the service alone
   */
  public abstract Optional<String> jointWith();

  /**
   * Returns the number of completed audits.
   *
   * @return 0 or more
   */
  public abstract long audits();

  /**
   * Returns this count with another number of audits.
   *
   * @param audits the number, 0 or more
   * @return the count, {@code this} when the number is the same
   */
  public abstract ProgrammeCount withAudits(long audits);

  /**
   * Tells whether these audits count towards a programme entry: of its audit type, in a month it
   * covers, on its theme if it has one, and joint with its partner if it names one.
   *
   * @param entry the entry; not null
   * @return true if they count
   */
  public boolean belongsTo(ProgrammeEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return auditType().equals(entry.auditType())
        && entry.covers(month())
        && entry.theme().map(t -> theme().equals(Optional.of(t))).orElse(true)
        && entry.jointWith().map(p -> jointWith().equals(Optional.of(p))).orElse(true);
  }

  /**
   * Counts completed audits by month of completion, audit type, theme and joint partner.
   *
   * @param audits the audits, of any status (only completed ones with a completion date count); not
   *     null
   * @return the counts, by month, then type, then theme, then partner (none first)
   */
  public static List<ProgrammeCount> tally(Collection<Audit> audits) {
    Objects.requireNonNull(audits, "audits");
    ProgrammeTally tally = new ProgrammeTally();
    for (Audit audit : audits) {
      tally.accept(Objects.requireNonNull(audit, "audits must not contain null"));
    }
    return tally.counts();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableProgrammeCount.Builder builder() {
    return ImmutableProgrammeCount.builder();
  }

  @Value.Check
  void check() {
    if (auditType().isBlank()) {
      throw new IllegalArgumentException(month() + ": audit type must not be blank");
    }
    if (audits() < 0) {
      throw new IllegalArgumentException(
          month() + ", type '" + auditType() + "': audits must not be negative: " + audits());
    }
  }
}
