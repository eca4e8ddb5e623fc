package org.practiceaudit.core.framework;

import org.immutables.value.Value;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * A category of escalation with its follow-up policy.
 *
 * <p>Dudley's audit framework 2017 ("Escalations") has four: 1 Inadequate Critical, followed up
 * within 48 hours; 2 Inadequate with action required, 10 working days; 3 actions required for the
 * case to be in good order, 20 working days; 4 the case is in good order, no follow-up. Level 1 is
 * the most serious.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class EscalationCategory {

  EscalationCategory() {}

  /**
   * Returns the level, 1 being the most serious.
   *
   * @return the level, at least 1
   */
  public abstract int level();

  /**
   * Returns the category's name.
   *
   * @return the name, such as {@code Inadequate Critical}; not blank
   */
  public abstract String name();

  /**
   * Returns what the category means.
   *
   * @return the meaning, possibly empty
   */
  @Value.Default
  public String meaning() {
    return "";
  }

  /**
   * Returns when recommendations are checked and escalated if required.
   *
   * @return the follow-up policy: elapsed hours, working days or none
   */
  public abstract FollowUpPolicy followUp();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableEscalationCategory.Builder builder() {
    return ImmutableEscalationCategory.builder();
  }

  @Value.Check
  void check() {
    if (level() < 1) {
      throw new IllegalArgumentException("escalation level must be 1 or more: " + level());
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException(
          "escalation category " + level() + ": name must not be blank");
    }
  }
}
