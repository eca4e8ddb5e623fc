package org.practiceaudit.core.allocation;

/**
 * Why a case (or an audit to moderate) got no auditor, in the terms a service manager acts on.
 *
 * <p>In a maximum allocation a case stays unallocated only if no independent auditor can take it:
 * either there is none, or every one is full. The three reasons tell apart "find someone
 * independent" from "give someone more capacity".
 */
public enum UnallocatedReason {
  /** Every auditor breaks an independence rule for the case (or there are no auditors at all). */
  NO_INDEPENDENT_AUDITOR,
  /** Some auditors are independent of the case, but none of them has any capacity this cycle. */
  NO_CAPACITY,
  /** Some independent auditors have capacity, but all of it is taken by other cases. */
  ALL_AT_CAPACITY;

  /**
   * Returns the reason as the end of a sentence about one or more cases.
   *
   * @param plural whether the sentence is about more than one case
   * @param auditorNoun the word for the people allocated, such as "auditor" or "moderator"; not
   *     null
   * @return the phrase, such as "every eligible auditor is at capacity"
   */
  public String phrase(boolean plural, String auditorNoun) {
    switch (this) {
      case NO_INDEPENDENT_AUDITOR:
        return "no " + auditorNoun + " is independent of " + (plural ? "them" : "it");
      case NO_CAPACITY:
        return "no independent " + auditorNoun + " has any capacity this cycle";
      default:
        return "every eligible " + auditorNoun + " is at capacity";
    }
  }
}
