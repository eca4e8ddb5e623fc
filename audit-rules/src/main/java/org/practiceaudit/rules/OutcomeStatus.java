package org.practiceaudit.rules;

/**
 * The verdict of one rule on one subject.
 *
 * <p>Outcomes are data, not exceptions: a rule that fails says so with {@link #FAIL} and a reason;
 * a rule that throws is turned into {@link #ERROR} by {@link RuleSet}, never dropped.
 */
public enum OutcomeStatus {
  /** The subject meets the rule. */
  PASS,
  /** The subject does not meet the rule; the outcome's reason says why. */
  FAIL,
  /** The rule does not apply to this subject (for example, an ungraded audit for a grade rule). */
  NOT_APPLICABLE,
  /** The rule could not be evaluated: it threw, or its configuration does not fit the framework. */
  ERROR;

  /**
   * Tells whether this status means the subject falls short: a failure or an error.
   *
   * @return true for {@link #FAIL} and {@link #ERROR}
   */
  public boolean isProblem() {
    return this == FAIL || this == ERROR;
  }
}
