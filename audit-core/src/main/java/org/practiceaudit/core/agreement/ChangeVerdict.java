package org.practiceaudit.core.agreement;

/** What a change between two averages amounts to, given the sample sizes. */
public enum ChangeVerdict {
  /** A rise larger than samples of these sizes produce by chance. */
  REAL_RISE,
  /** A fall larger than samples of these sizes produce by chance. */
  REAL_FALL,
  /** A difference within what samples of these sizes can tell apart. */
  WITHIN_NOISE,
  /** Too few observations on one side to judge. */
  TOO_FEW
}
