package org.practiceaudit.rules.content;

import java.util.List;

/**
 * The parameters of an {@code urgent-concern-escalated} rule.
 *
 * @param concerns the concern flags that must be escalated; default
 *     {@code [urgent-safeguarding-concern, immediate-risk]}
 * @param escalateTo the role escalated to; default {@code team-manager}
 */
public record UrgentConcernParameters(List<String> concerns, String escalateTo) {

  /**
   * Fills in defaults for missing values.
   *
   * @param concerns null means {@code [urgent-safeguarding-concern, immediate-risk]}
   * @param escalateTo null means {@code team-manager}
   */
  public UrgentConcernParameters {
    concerns = concerns == null ? List.of("urgent-safeguarding-concern", "immediate-risk") : List.copyOf(concerns);
    escalateTo = escalateTo == null ? "team-manager" : escalateTo;
  }
}
