package org.practiceaudit.rules.escalation;

import java.util.List;

/**
 * The parameters of an {@code escalation-category} rule.
 *
 * @param immediateRiskConcerns concern flags (names of {@link
 *     org.practiceaudit.core.audit.ConcernFlag}) that put an audit in category 1; default {@code
 *     [immediate-risk]}
 * @param actionRequiredConcerns concern flags that put an audit in category 2; default {@code
 *     [procedures-not-followed, needs-not-met]}
 * @param inadequateGrade the grade that puts an audit in category 2; default {@code Inadequate}
 * @param goodGrade the least grade of a case "in good order" (category 4), given no action is
 *     needed; an audit graded below it is at least category 3 (seed-fidelity review, U17); default
 *     {@code Good}
 * @param notifyServiceManagerFor the categories of which the service manager is told by email with
 *     the audit and then in person; default {@code [1, 2]}
 * @param practitionerActionHours the hours within which the practitioner must act on a category 1
 *     audit, counted from the escalation like its follow-up ("within the next 24 hours", seed 004
 *     line 113, U16), 1 or more; default 24
 */
public record EscalationParameters(
    List<String> immediateRiskConcerns,
    List<String> actionRequiredConcerns,
    String inadequateGrade,
    String goodGrade,
    List<Integer> notifyServiceManagerFor,
    Integer practitionerActionHours) {

  /**
   * Fills in Dudley's defaults for missing values.
   *
   * @param immediateRiskConcerns null means {@code [immediate-risk]}
   * @param actionRequiredConcerns null means {@code [procedures-not-followed, needs-not-met]}
   * @param inadequateGrade null means {@code Inadequate}
   * @param goodGrade null means {@code Good}
   * @param notifyServiceManagerFor null means {@code [1, 2]}
   * @param practitionerActionHours null means 24
   */
  public EscalationParameters {
    immediateRiskConcerns =
        immediateRiskConcerns == null
            ? List.of("immediate-risk")
            : List.copyOf(immediateRiskConcerns);
    actionRequiredConcerns =
        actionRequiredConcerns == null
            ? List.of("procedures-not-followed", "needs-not-met")
            : List.copyOf(actionRequiredConcerns);
    inadequateGrade = inadequateGrade == null ? "Inadequate" : inadequateGrade;
    goodGrade = goodGrade == null ? "Good" : goodGrade;
    notifyServiceManagerFor =
        notifyServiceManagerFor == null ? List.of(1, 2) : List.copyOf(notifyServiceManagerFor);
    practitionerActionHours = practitionerActionHours == null ? 24 : practitionerActionHours;
  }

  /**
   * Returns Dudley's parameters (audit framework 2017, "Raising a Concern").
   *
   * @return the defaults
   */
  public static EscalationParameters dudley() {
    return new EscalationParameters(null, null, null, null, null, null);
  }
}
