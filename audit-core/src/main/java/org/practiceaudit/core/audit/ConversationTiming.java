package org.practiceaudit.core.audit;

/** When the practitioner conversation took place relative to the audit. */
public enum ConversationTiming {
  /** Before the auditor read the file. */
  BEFORE,
  /**
   * While auditing, with the practitioner (Dudley: auditing "in partnership with the case-holder").
   */
  DURING,
  /** After the audit, to feed back. */
  AFTER
}
