package org.practiceaudit.core.audit;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * A moderator's re-grading of a completed audit (Dudley audit framework 2017, "Moderation": a 20%
 * sample is moderated and grading differences are recorded).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Moderation {

  Moderation() {}

  /**
   * Returns the moderator.
   *
   * @return the moderator's id
   */
  public abstract PersonId moderator();

  /**
   * Returns the moderator's grade.
   *
   * @return the grade, on the audit's scale
   */
  public abstract Grade grade();

  /**
   * Returns the day of moderation.
   *
   * @return the date
   */
  public abstract LocalDate moderatedOn();

  /**
   * Obtains a moderation record.
   *
   * @param moderator the moderator; not null
   * @param grade the moderator's grade; not null
   * @param moderatedOn the day; not null
   * @return the record
   */
  public static Moderation of(PersonId moderator, Grade grade, LocalDate moderatedOn) {
    return ImmutableModeration.builder()
        .moderator(moderator)
        .grade(grade)
        .moderatedOn(moderatedOn)
        .build();
  }
}
