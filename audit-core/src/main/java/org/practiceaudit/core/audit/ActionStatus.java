package org.practiceaudit.core.audit;

/** The state of a recommended action. */
public enum ActionStatus {
  /** Not yet done. */
  OPEN,
  /** Done. */
  DONE,
  /** No longer needed, with the agreement of the manager. */
  CANCELLED;

  /**
   * Checks whether the action still needs doing.
   *
   * @return true for {@link #OPEN}
   */
  public boolean isOutstanding() {
    return this == OPEN;
  }
}
