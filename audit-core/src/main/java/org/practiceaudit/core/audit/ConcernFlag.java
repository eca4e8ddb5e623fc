package org.practiceaudit.core.audit;

/**
 * A concern an auditor raises on a case, which decides its escalation.
 *
 * <p>From Dudley's audit framework 2017, "Raising a Concern" and the escalation categories, and Dorset's
 * monthly report ("urgent concerns are escalated").
 */
public enum ConcernFlag {
  /** A child is at immediate risk of significant harm: act within 24 hours (Dudley category 1). */
  IMMEDIATE_RISK,
  /** Child protection procedures were not followed (Dudley, "Raising a Concern"). */
  PROCEDURES_NOT_FOLLOWED,
  /** The service offer or risk assessment does not meet the child's needs (Dudley category 2). */
  NEEDS_NOT_MET,
  /** An urgent safeguarding concern that must be escalated (Dorset). */
  URGENT_SAFEGUARDING_CONCERN
}
