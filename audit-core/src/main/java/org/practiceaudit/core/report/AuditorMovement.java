package org.practiceaudit.core.report;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * How a moderator moved one auditor's grades (Dudley audit framework, "Moderation": differences in
 * grading are recorded and shared with the auditor).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AuditorMovement {

  AuditorMovement() {}

  /**
   * Returns the auditor.
   *
   * @return the auditor's id
   */
  public abstract PersonId auditor();

  /**
   * Returns the number of audits the moderator graded better than the auditor.
   *
   * @return the count, 0 or more
   */
  public abstract long raised();

  /**
   * Returns the number of audits the moderator graded worse than the auditor.
   *
   * @return the count, 0 or more
   */
  public abstract long lowered();

  /**
   * Returns the number of audits the moderator graded the same.
   *
   * @return the count, 0 or more
   */
  public abstract long same();

  /**
   * Returns the number of moderated audits.
   *
   * @return raised, lowered and same together
   */
  public long moderated() {
    return raised() + lowered() + same();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAuditorMovement.Builder builder() {
    return ImmutableAuditorMovement.builder();
  }

  @Value.Check
  void check() {
    if (raised() < 0) {
      throw new IllegalArgumentException("raised must not be negative: " + raised());
    }
    if (lowered() < 0) {
      throw new IllegalArgumentException("lowered must not be negative: " + lowered());
    }
    if (same() < 0) {
      throw new IllegalArgumentException("same must not be negative: " + same());
    }
  }
}
