package org.practiceaudit.core.audit;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * An action an audit recommends, with its owner, due date and status.
 *
 * <p>Camden's programme requires audits graded requires improvement or inadequate to carry
 * improvement actions; the London pack asks for SMART action plans. Owner and due date are optional
 * here so that a draft can be recorded; the rule {@code actions have an owner and a due date}
 * reports those missing. The description is free text from a case file: it is never logged nor put
 * in a message.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class RecommendedAction {

  RecommendedAction() {}

  /**
   * Returns what is to be done. Free text: never log it.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns who owns the action, if anyone does yet.
   *
   * @return the owner, or empty
   */
  public abstract Optional<PersonId> owner();

  /**
   * Returns the day the action is due, if set.
   *
   * @return the due date, or empty
   */
  public abstract Optional<LocalDate> dueOn();

  /**
   * Returns the action's status.
   *
   * @return the status; open by default
   */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.OPEN;
  }

  /**
   * Returns the day the action was done or cancelled, if it was.
   *
   * @return the date, present exactly when the status is not open
   */
  public abstract Optional<LocalDate> closedOn();

  /**
   * Checks whether the action is open after its due date.
   *
   * @param today the day to judge on; not null
   * @return true if open and due before {@code today}
   */
  public boolean isOverdueOn(LocalDate today) {
    return status().isOutstanding() && dueOn().map(today::isAfter).orElse(false);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableRecommendedAction.Builder builder() {
    return ImmutableRecommendedAction.builder();
  }

  @Value.Check
  void check() {
    if (description().isBlank()) {
      throw new IllegalArgumentException("an action's description must not be blank");
    }
    if (status().isOutstanding() == closedOn().isPresent()) {
      throw new IllegalArgumentException(
          "an action has a closing date exactly when it is done or cancelled: status "
              + status()
              + ", closed on "
              + closedOn().map(Object::toString).orElse("none"));
    }
  }
}
