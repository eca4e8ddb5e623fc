package org.practiceaudit.core.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * What the blank audit tool of a framework asks an auditor to record, for one audit type or for
 * every one: the framework's domains and grades from {@link #framework()}, and, in words generated
 * from its rules, how a grade is reached, the concerns and escalation categories with their
 * deadlines, the actions, the practitioner conversation and the child's and family's feedback where
 * the framework asks for them (issue 18, {@code form}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class BlankForm {

  BlankForm() {}

  /**
   * Returns the framework the form belongs to.
   *
   * @return the framework
   */
  public abstract AuditFramework framework();

  /**
   * Returns the audit type the form is for.
   *
   * @return one of the framework's audit types, or empty for a form that serves every type
   */
  public abstract Optional<AuditType> auditType();

  /**
   * Returns how far back the audit looks, in words.
   *
   * @return such as {@code the last 12 months}, or the periods of every audit type when the form
   *     serves them all; not blank
   */
  public abstract String reviewPeriod();

  /**
   * Returns how the overall grade is reached, in sentences.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<String> gradeGuidance();

  /**
   * Returns the domains (areas of work) the auditor grades one by one, besides scoring them, as an
   * indicator-checklist grading or actions required per area ask (Hillingdon, a guide to auditing).
   *
   * @return an unmodifiable list of domain ids of the framework, possibly empty
   */
  public abstract List<String> gradedAreas();

  /**
   * Returns the concerns an auditor may raise, each with what raising it leads to.
   *
   * @return an unmodifiable list; the entry id is the concern's id, such as {@code immediate-risk}
   */
  public abstract List<AccountEntry> concerns();

  /**
   * Returns each escalation category's follow-up in words, by level.
   *
   * @return an unmodifiable map from level to words, such as {@code follow-up check within 10
   *     working days, England and Wales bank holidays}
   */
  public abstract Map<Integer, String> followUps();

  /**
   * Returns what the framework asks of recommended actions, in sentences.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<String> actionGuidance();

  /**
   * Returns what the framework asks of the conversation with the practitioner, when it asks for
   * one.
   *
   * @return the requirement in a sentence, or empty when the framework does not ask for a
   *     conversation
   */
  public abstract Optional<String> conversation();

  /**
   * Returns whose feedback the framework asks the audit to record.
   *
   * @return an unmodifiable list of who, such as {@code the child or young person}; empty when the
   *     framework does not ask for feedback (for this audit type)
   */
  public abstract List<String> feedbackFrom();

  /**
   * Returns the rules a completed form is checked against, each with what it asks.
   *
   * @return an unmodifiable list; the entry id is the rule's id
   */
  public abstract List<AccountEntry> rules();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableBlankForm.Builder builder() {
    return ImmutableBlankForm.builder();
  }

  @Value.Check
  void check() {
    for (String area : gradedAreas()) {
      if (framework().domain(area).isEmpty()) {
        throw new IllegalArgumentException(
            "graded area '" + area + "' is not a domain of framework '" + framework().id() + "'");
      }
    }
    auditType()
        .ifPresent(
            t -> {
              if (!framework().auditTypes().contains(t)) {
                throw new IllegalArgumentException(
                    "audit type '"
                        + t.id()
                        + "' is not one of framework '"
                        + framework().id()
                        + "''s audit types");
              }
            });
  }
}
