package org.practiceaudit.rules.timeliness;

/**
 * The parameters of a {@code recommendation-follow-up} rule.
 *
 * @param escalateTo the role escalated to when recommendations are late; null means {@code
 *     head-of-service}
 */
public record FollowUpParameters(String escalateTo) {

  /**
   * Fills in Dudley's default.
   *
   * @param escalateTo null means {@code head-of-service}
   */
  public FollowUpParameters {
    escalateTo = escalateTo == null ? "head-of-service" : escalateTo;
  }
}
