package org.practiceaudit.rules.content;

import java.util.List;

/**
 * The parameters of an {@code urgent-concern-escalated} rule.
 *
 * @param concerns the concern flags that must be escalated; default {@code
 *     [urgent-safeguarding-concern, immediate-risk]}
 * @param escalateTo the role escalated to; default {@code team-manager}
 * @param alsoNotify further roles told of the concern at once, such as {@code practitioner} (London
 *     multi-agency audit pack, line 127: "raise concerns immediately with the practitioner
 *     concerned and their manager"); default none
 */
public record UrgentConcernParameters(
    List<String> concerns, String escalateTo, List<String> alsoNotify) {

  /**
   * Fills in defaults for missing values.
   *
   * @param concerns null means {@code [urgent-safeguarding-concern, immediate-risk]}
   * @param escalateTo null means {@code team-manager}
   * @param alsoNotify null means none
   */
  public UrgentConcernParameters {
    concerns =
        concerns == null
            ? List.of("urgent-safeguarding-concern", "immediate-risk")
            : List.copyOf(concerns);
    escalateTo = escalateTo == null ? "team-manager" : escalateTo;
    alsoNotify = alsoNotify == null ? List.of() : List.copyOf(alsoNotify);
  }

  /**
   * Obtains parameters that tell no one besides the role escalated to.
   *
   * @param concerns null means {@code [urgent-safeguarding-concern, immediate-risk]}
   * @param escalateTo null means {@code team-manager}
   */
  public UrgentConcernParameters(List<String> concerns, String escalateTo) {
    this(concerns, escalateTo, null);
  }
}
