package org.practiceaudit.core.allocation;

/**
 * How experienced an auditor is at auditing, least experienced first.
 *
 * <p>The London multi-agency audit pack ("Auditors") asks for "a mix of auditors, some with
 * considerable experience and others new to the role"; these three levels are enough to express
 * that as a {@link PairingCost}. The order of the constants is meaningful: {@link #ordinal()} grows
 * with experience.
 */
public enum ExperienceLevel {
  /** New to auditing, such as a team manager in their first audit cycle. */
  NEWLY_QUALIFIED,
  /** Has audited for at least one full cycle. */
  EXPERIENCED,
  /** A lead or senior auditor who can moderate and mentor others. */
  SENIOR;

  /**
   * Checks whether this level is at least another.
   *
   * @param other the level to compare with; not null
   * @return true if this level is the same as or more experienced than {@code other}
   */
  public boolean isAtLeast(ExperienceLevel other) {
    return compareTo(other) >= 0;
  }
}
