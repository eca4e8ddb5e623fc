package org.practiceaudit.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * What one rule concluded about one subject, and why: the status, a plain-language reason, the
 * coded inputs it used, and whatever it derived (a grade, an escalation category, a deadline,
 * notifications, a score and its coverage).
 *
 * <p>Reasons and inputs carry pseudonymous ids, codes and counts only, never free text from a case
 * file. Every outcome explains itself: a reader can tell from the inputs which values led to the
 * status.
 *
 * <p>Flags mark findings that are not failures. {@link #FLAG_GRADE_DIVERGENCE} marks an audit whose
 * auditor's grade differs from the grade the rules derive: the outcome still passes (the auditor's
 * judgement stands and moderation decides), and both grades are in the inputs. {@link
 * #FLAG_AREA_GRADE_DIVERGENCE} marks an audit that grades an area of work above what the area's
 * evidence supports (Hillingdon's indicator checklists).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Outcome {

  /** Flag of an outcome whose derived grade differs from the auditor's grade. */
  public static final String FLAG_GRADE_DIVERGENCE = "grade-divergence";

  /**
   * Flag of an outcome in which agencies grade one area of work on one case differently: an
   * inconsistency for the coordinator to clarify, not an error (London multi-agency audit pack,
   * lines 101-102).
   */
  public static final String FLAG_AGENCY_DISAGREEMENT = "agency-disagreement";

  /**
   * Flag of an outcome in which an area of work is graded above what its evidenced indicators
   * support.
   */
  public static final String FLAG_AREA_GRADE_DIVERGENCE = "area-grade-divergence";

  Outcome() {}

  /**
   * Returns the id of the rule that produced the outcome.
   *
   * @return the rule id, such as {@code dudley/escalation-category}
   */
  public abstract String ruleId();

  /**
   * Returns the verdict.
   *
   * @return the status
   */
  public abstract OutcomeStatus status();

  /**
   * Returns the reason for the verdict, in plain language, without personal data.
   *
   * @return a non-blank reason
   */
  public abstract String reason();

  /**
   * Returns the coded inputs the rule used, by name, such as {@code overall-grade=Inadequate}.
   *
   * @return an unmodifiable map, possibly empty
   */
  public abstract Map<String, String> inputs();

  /**
   * Returns the grade the rule derived, if it derives one.
   *
   * @return the derived grade, or empty
   */
  public abstract Optional<Grade> grade();

  /**
   * Returns the escalation category the rule derived, if it derives one.
   *
   * @return the category's level (1 or more), or empty
   */
  public abstract OptionalInt escalationCategory();

  /**
   * Returns the deadline the rule derived, such as the follow-up check of an escalation.
   *
   * @return the deadline, or empty
   */
  public abstract Optional<Deadline> deadline();

  /**
   * Returns who must be told, as data: the rule never sends anything.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<Notification> notifications();

  /**
   * Returns the score the rule derived, such as an average of domain scores.
   *
   * @return the score, or empty
   */
  public abstract OptionalDouble score();

  /**
   * Returns the share of domains that were scored, from 0 to 1.
   *
   * @return the coverage, or empty
   */
  public abstract OptionalDouble coverage();

  /**
   * Returns flags marking findings that are not failures, such as {@link #FLAG_GRADE_DIVERGENCE}.
   *
   * @return an unmodifiable set of kebab-case flags, possibly empty
   */
  public abstract Set<String> flags();

  /**
   * Tells whether the outcome carries a flag.
   *
   * @param flag the flag; not null
   * @return true if present
   */
  public boolean hasFlag(String flag) {
    return flags().contains(flag);
  }

  /**
   * Obtains an outcome with a status and reason and nothing derived.
   *
   * @param ruleId the rule id; not null
   * @param status the status; not null
   * @param reason the reason; not blank, without personal data
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public static Outcome of(String ruleId, OutcomeStatus status, String reason) {
    return builder().ruleId(ruleId).status(status).reason(reason).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableOutcome.Builder builder() {
    return ImmutableOutcome.builder();
  }

  @Value.Check
  void check() {
    if (reason().isBlank()) {
      throw new IllegalArgumentException(
          "outcome of rule '" + ruleId() + "': reason must not be blank");
    }
    if (coverage().isPresent()
        && !(coverage().getAsDouble() >= 0 && coverage().getAsDouble() <= 1)) {
      throw new IllegalArgumentException(
          "outcome of rule '"
              + ruleId()
              + "': coverage must be from 0 to 1: "
              + coverage().getAsDouble());
    }
    if (escalationCategory().isPresent() && escalationCategory().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "outcome of rule '"
              + ruleId()
              + "': escalation category must be 1 or more: "
              + escalationCategory().getAsInt());
    }
    for (String flag : flags()) {
      if (!RuleIds.isKebab(flag)) {
        throw new IllegalArgumentException(
            "outcome of rule '" + ruleId() + "': flags must be kebab-case: '" + flag + "'");
      }
    }
  }
}
