package org.practiceaudit.core.audit;

/** Whose feedback on the service an audit obtained (Camden: "service user feedback forms"). */
public enum FeedbackSource {
  /** The child or young person. */
  CHILD,
  /** A parent or carer. */
  PARENT_OR_CARER
}
