package org.practiceaudit.core.audit;

/**
 * Where an audit is in its lifecycle: allocated, in progress, completed, moderated, closed.
 *
 * <p>The transitions and what each requires are rules (module {@code org.practiceaudit.rules});
 * this type only names the states, in lifecycle order.
 */
public enum AuditStatus {
  /** Allocated to an auditor, not started. */
  ALLOCATED,
  /** Started by the auditor. */
  IN_PROGRESS,
  /** Completed by the auditor, with a grade. */
  COMPLETED,
  /** Re-graded by a moderator (Dudley audit framework 2017, "Moderation"). */
  MODERATED,
  /** Closed: every follow-up done. */
  CLOSED;

  /**
   * Checks whether the auditor has completed the audit, whatever happened since.
   *
   * @return true for completed, moderated and closed
   */
  public boolean isCompleted() {
    return compareTo(COMPLETED) >= 0;
  }
}
