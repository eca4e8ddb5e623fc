package org.practiceaudit.json.configuration;

/**
 * Which completed audits are moderated: a share, at least one per auditor, and every audit with the worst
 * grade when configured.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param share the share of completed audits moderated, from 0 to 1
 * @param atLeastOnePerAuditor moderate at least one audit of every auditor where possible
 * @param alwaysIncludeWorstGrade moderate every audit graded with the scale's worst grade
 */
public record ModerationConfig(double share, boolean atLeastOnePerAuditor, boolean alwaysIncludeWorstGrade) {

  /**
   * Checks the share.
   *
   * @param share from 0 to 1
   * @param atLeastOnePerAuditor at least one per auditor
   * @param alwaysIncludeWorstGrade always include the worst grade
   * @throws IllegalArgumentException if the share is outside 0-1
   */
  public ModerationConfig {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("moderation share must be from 0 to 1: " + share);
    }
  }
}
