package org.practiceaudit.core.sampling;

/**
 * Why a case in the population was not eligible for a sample.
 *
 * <p>A case gets the first reason that applies, in the order of the constants.
 */
public enum ExclusionReason {
  /** The case was opened after the as-of date. */
  NOT_OPEN,
  /**
   * The case was closed before the as-of date (and the plan excludes closed cases), and before the
   * plan's window of recently closed cases, if it has one.
   */
  CLOSED,
  /**
   * The case is outside the plan's population: its category, team, theme or an attribute filter.
   */
  FILTERED_OUT,
  /** The plan lists the case among its explicitly excluded ids. */
  EXCLUDED_EXPLICITLY,
  /**
   * The case was audited within the plan's window before the as-of date (Camden audit programme
   * 2021-22, section 4: cases audited in the last 6-8 months are not selected again).
   */
  AUDITED_WITHIN_WINDOW
}
