package org.practiceaudit.core.moderation;

/** Why an audit was selected for moderation. */
public enum ModerationReason {
  /** Its overall grade is at or below the policy's grade. */
  GRADE_RULE,
  /** It is its auditor's one audit chosen so that every auditor is moderated. */
  AUDITOR_COVERAGE,
  /** It was drawn at random to make up the share. */
  RANDOM_SHARE
}
