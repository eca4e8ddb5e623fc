package org.practiceaudit.core.quota;

/**
 * The period a role's minimum number of audits applies to (Dudley audit framework 2017, "Who will
 * complete Case File Audits": "each year" or "per audit cycle").
 */
public enum QuotaPeriod {
  /** A year, such as a financial year. */
  PER_YEAR,
  /** One audit cycle of a service (Dudley: "service or intervention specific audit cycles"). */
  PER_CYCLE
}
