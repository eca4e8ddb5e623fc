package org.practiceaudit.rules.lifecycle;

import java.util.Objects;
import org.practiceaudit.rules.Outcome;

/**
 * One unmet requirement that stops an audit's transition: the rule (or lifecycle check) and the
 * reason.
 *
 * @param ruleId the id of the rule that failed, or {@code lifecycle/...} for the lifecycle's own
 *     checks
 * @param reason the reason, in plain language without personal data
 */
public record UnmetRequirement(String ruleId, String reason) {

  /**
   * Checks the values.
   *
   * @param ruleId not null
   * @param reason not null
   */
  public UnmetRequirement {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Obtains the problem an outcome reports.
   *
   * @param outcome a failing or erroneous outcome; not null
   * @return the problem with the outcome's rule id and reason
   * @throws NullPointerException if {@code outcome} is null
   */
  public static UnmetRequirement from(Outcome outcome) {
    return new UnmetRequirement(outcome.ruleId(), outcome.reason());
  }

  @Override
  public String toString() {
    return ruleId + ": " + reason;
  }
}
