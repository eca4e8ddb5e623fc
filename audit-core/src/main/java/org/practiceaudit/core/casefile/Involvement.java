package org.practiceaudit.core.casefile;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * One person's involvement with a case: a worker or manager, in a role, from a date and possibly to
 * a date.
 *
 * <p>The involvement history is what auditor independence is checked against: nobody audits a case
 * they manage or were involved in (Camden audit programme 2021-22, "Independence"; London
 * multi-agency audit pack, "auditors should not audit cases they manage or are involved in").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Involvement {

  Involvement() {}

  /**
   * Returns the person involved.
   *
   * @return the pseudonymous person id
   */
  public abstract PersonId person();

  /**
   * Returns the role in which the person was involved.
   *
   * @return the role, such as social worker or team manager
   */
  public abstract Role role();

  /**
   * Returns the first day of the involvement.
   *
   * @return the start date
   */
  public abstract LocalDate from();

  /**
   * Returns the last day of the involvement, if it has ended.
   *
   * @return the end date, or empty while it continues
   */
  public abstract Optional<LocalDate> to();

  /**
   * Checks whether the involvement covers a day.
   *
   * @param date the day; not null
   * @return true if {@code from() <= date} and the involvement had not ended before it
   */
  public boolean isActiveOn(LocalDate date) {
    return !date.isBefore(from()) && to().map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableInvolvement.Builder builder() {
    return ImmutableInvolvement.builder();
  }

  @Value.Check
  void check() {
    if (to().isPresent() && to().get().isBefore(from())) {
      throw new IllegalArgumentException(
          "an involvement cannot end before it starts: from " + from() + " to " + to().get());
    }
  }
}
