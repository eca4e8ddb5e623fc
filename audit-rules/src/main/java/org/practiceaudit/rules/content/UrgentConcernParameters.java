package org.practiceaudit.rules.content;

import java.util.List;

/**
 * The parameters of an {@code urgent-concern-escalated} rule.
 *
 * @param concerns the concern flags that must be escalated; default
 *     {@code [URGENT_SAFEGUARDING_CONCERN, IMMEDIATE_RISK]}
 * @param escalateTo the role escalated to; default {@code team-manager}
 */
public record UrgentConcernParameters(List<String> concerns, String escalateTo) {

  /**
   * Fills in defaults for missing values.
   *
   * @param concerns null means {@code [URGENT_SAFEGUARDING_CONCERN, IMMEDIATE_RISK]}
   * @param escalateTo null means {@code team-manager}
   */
  public UrgentConcernParameters {
    concerns = concerns == null ? List.of("URGENT_SAFEGUARDING_CONCERN", "IMMEDIATE_RISK") : List.copyOf(concerns);
    escalateTo = escalateTo == null ? "team-manager" : escalateTo;
  }
}
