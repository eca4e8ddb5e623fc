package org.practiceaudit.rules;

import java.util.List;

/**
 * A rule of an audit framework: it evaluates one subject (an audit, a case file, a collection of
 * audits) in a context and returns its outcomes as data.
 *
 * <p>A rule has a stable id, lower-case kebab-case with a namespace such as {@code
 * camden/actions-required-below-good}, and a plain-language description that cites the source
 * document it implements. Implementations are immutable and thread-safe, never perform side effects
 * (notifications are returned, not sent), and never put free text from a case file into a reason. A
 * rule may throw: {@link RuleSet} turns the exception into an {@link OutcomeStatus#ERROR} outcome
 * that names the rule, and evaluates the other rules all the same.
 *
 * @param <S> the subject's type
 */
public interface Rule<S> {

  /**
   * Returns the rule's id.
   *
   * @return lower-case kebab-case with a namespace, such as {@code dudley/escalation-category}
   */
  String id();

  /**
   * Returns what the rule checks or derives, citing its source.
   *
   * @return a plain-language description
   */
  String description();

  /**
   * Returns the kind of subject the rule evaluates.
   *
   * @return the subject type, such as {@link SubjectType#AUDIT}
   */
  SubjectType<S> subjectType();

  /**
   * Evaluates the rule on one subject.
   *
   * @param subject the subject; not null
   * @param context the clock, calendar and framework to evaluate in; not null
   * @return one or more outcomes, each with this rule's id
   */
  List<Outcome> evaluate(S subject, RuleContext context);
}
