package org.practiceaudit.core.programme;

import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One line of an audit programme: in a month (or a run of months), so many audits of a type,
 * perhaps on a theme, with notes.
 *
 * <p>Follows the annual table of Camden's audit programme 2021-22 ("CSSW Annual Audit Programme"):
 * month, type, theme, number of audits proposed, and notes such as "Service user feedback forms to
 * be completed". Camden's "JANUARY/FEB" line is an entry from January {@link #until()} February.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ProgrammeEntry {

  ProgrammeEntry() {}

  /**
   * Returns the month the entry starts.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Returns the last month the entry covers.
   *
   * @return the month, not before {@link #month()}; the same month by default
   */
  @Value.Default
  public YearMonth until() {
    return month();
  }

  /**
   * Returns the audit type, as {@link org.practiceaudit.core.audit.Audit#auditType()} records it.
   *
   * @return the type id, such as {@code practice-week}; not blank
   */
  public abstract String auditType();

  /**
   * Returns the theme, matched against an audit's {@value AuditProgramme#THEME_ATTRIBUTE}
   * attribute.
   *
   * @return the theme, such as {@code front-door-decision-making}, or empty for any theme
   */
  public abstract Optional<String> theme();

  /**
   * Returns the partner the entry's audits are carried out jointly with, matched against an audit's
   * {@value AuditProgramme#JOINT_WITH_ATTRIBUTE} attribute: Camden's front-door audits "jointly
   * carried out with Early Help" at least once a year (line 62, C15).
   *
   * @return the partner, such as {@code early-help}, or empty to count audits joint or not
   */
  public abstract Optional<String> jointWith();

  /**
   * Returns the number of audits planned.
   *
   * @return 0 or more, or empty when the number is still to be set
   */
  public abstract OptionalInt planned();

  /**
   * Returns the name of the sampling plan that selects the entry's cases, such as Camden's {@code
   * front-door}; a framework's configuration checks that it names one of its sampling plans.
   *
   * @return the plan's name, or empty when the entry names none
   */
  public abstract Optional<String> samplingPlan();

  /**
   * Returns the notes, such as "Service user feedback forms to be completed".
   *
   * @return the notes, or empty
   */
  public abstract Optional<String> notes();

  /**
   * Checks whether a month falls within the entry.
   *
   * @param month the month; not null
   * @return true if it is from {@link #month()} to {@link #until()}
   */
  public boolean covers(YearMonth month) {
    return !month.isBefore(month()) && !month.isAfter(until());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableProgrammeEntry.Builder builder() {
    return ImmutableProgrammeEntry.builder();
  }

  @Value.Check
  void check() {
    if (auditType().isBlank()) {
      throw new IllegalArgumentException(
          "programme entry " + month() + ": audit type must not be blank");
    }
    if (until().isBefore(month())) {
      throw new IllegalArgumentException(
          "programme entry " + month() + ": ends " + until() + " before it starts");
    }
    if (planned().isPresent() && planned().getAsInt() < 0) {
      throw new IllegalArgumentException(
          "programme entry "
              + month()
              + ": planned number must not be negative: "
              + planned().getAsInt());
    }
    if (theme().isPresent() && theme().get().isBlank()) {
      throw new IllegalArgumentException(
          "programme entry " + month() + ": theme must not be blank");
    }
    if (jointWith().isPresent() && jointWith().get().isBlank()) {
      throw new IllegalArgumentException(
          "programme entry " + month() + ": joint partner must not be blank");
    }
    if (samplingPlan().isPresent() && samplingPlan().get().isBlank()) {
      throw new IllegalArgumentException(
          "programme entry " + month() + ": sampling plan must not be blank");
    }
  }
}
