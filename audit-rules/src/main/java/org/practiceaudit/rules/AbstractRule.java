package org.practiceaudit.rules;

import java.util.Objects;

/**
 * A convenient base for rules: it holds the id, description and subject type, and starts outcomes
 * with the rule's id filled in.
 *
 * <p>Subclasses are immutable and thread-safe.
 *
 * @param <S> the subject's type
 */
public abstract class AbstractRule<S> implements Rule<S> {

  private final String id;
  private final String description;
  private final SubjectType<S> subjectType;

  /**
   * Creates a rule.
   *
   * @param id the rule id; lower-case kebab-case with a namespace
   * @param description what the rule checks, citing its source; not blank
   * @param subjectType the kind of subject; not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is invalid or {@code description} blank
   */
  protected AbstractRule(String id, String description, SubjectType<S> subjectType) {
    this.id = RuleIds.requireRuleId(Objects.requireNonNull(id, "id"));
    this.description = Objects.requireNonNull(description, "description");
    this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    if (description.isBlank()) {
      throw new IllegalArgumentException("rule '" + id + "': description must not be blank");
    }
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final SubjectType<S> subjectType() {
    return subjectType;
  }

  /**
   * Starts an outcome of this rule.
   *
   * @param status the status; not null
   * @param reason the reason, in plain language without personal data; not blank
   * @return a builder with the rule id, status and reason set
   */
  protected final ImmutableOutcome.Builder outcome(OutcomeStatus status, String reason) {
    return Outcome.builder().ruleId(id).status(status).reason(reason);
  }

  @Override
  public String toString() {
    return id;
  }
}
