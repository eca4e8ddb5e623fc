package org.practiceaudit.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.EscalationCategory;

/**
 * The instant an escalated audit's recommendations are due to be checked (Dudley audit framework,
 * "Raising a Concern": category 1 within 48 hours, 2 within 10 working days, 3 within 20 working days, 4
 * none).
 */
@FunctionalInterface
public interface EscalationDeadline {

  /**
   * Returns the instant an escalation's follow-up is due.
   *
   * @param audit an escalated audit; not null
   * @return the deadline, or empty if the category has none
   */
  Optional<Instant> dueAt(Audit audit);

  /**
   * Returns a deadline that never applies: no escalation is ever overdue.
   *
   * @return the deadline
   */
  static EscalationDeadline none() {
    return audit -> Optional.empty();
  }

  /**
   * Returns deadlines in elapsed hours after the escalation was raised, by category.
   *
   * @param hoursByCategory hours (1 or more) by category level (1 or more); categories not listed have
   *     no deadline
   * @return the deadline
   * @throws IllegalArgumentException if a category or a number of hours is below 1
   */
  static EscalationDeadline elapsedHours(Map<Integer, Integer> hoursByCategory) {
    Objects.requireNonNull(hoursByCategory, "hoursByCategory");
    Map<Integer, Integer> copy = new TreeMap<>(hoursByCategory);
    copy.forEach(
        (category, hours) -> {
          if (category < 1 || hours < 1) {
            throw new IllegalArgumentException(
                "categories and hours must be 1 or more: category " + category + ", hours " + hours);
          }
        });
    return audit -> {
      if (audit.escalationCategory().isEmpty() || audit.escalatedAt().isEmpty()) {
        return Optional.empty();
      }
      Integer hours = copy.get(audit.escalationCategory().getAsInt());
      return hours == null
          ? Optional.empty()
          : Optional.of(audit.escalatedAt().get().plus(Duration.ofHours(hours)));
    };
  }

  /**
   * Returns the follow-up deadlines of a framework's escalation categories, counted on its calendar
   * (Dudley: category 1 in 48 hours, 2 in 10 working days, 3 in 20 working days, 4 none).
   *
   * @param framework the framework; not null
   * @return the deadline; empty for categories the framework does not define or whose policy is none
   */
  static EscalationDeadline followUps(AuditFramework framework) {
    Objects.requireNonNull(framework, "framework");
    return audit -> {
      if (audit.escalationCategory().isEmpty() || audit.escalatedAt().isEmpty()) {
        return Optional.empty();
      }
      Optional<EscalationCategory> category =
          framework.escalationCategory(audit.escalationCategory().getAsInt());
      return category
          .flatMap(c -> c.followUp().dueFrom(audit.escalatedAt().get(), framework.calendar()))
          .map(Deadline::dueAt)
          .map(d -> d.toInstant());
    };
  }
}
