package org.practiceaudit.core.quota;

/**
 * The period a role's minimum number of audits applies to (Dudley audit framework 2017, "Who will
 * complete Case File Audits": "each year" or "per audit cycle"; Hillingdon, "A guide to auditing",
 * line 7: managers, IROs and CP chairs audit "each month", seed-fidelity review H1).
 */
public enum QuotaPeriod {
  /** A year, such as a financial year. */
  PER_YEAR,
  /** One audit cycle of a service (Dudley: "service or intervention specific audit cycles"). */
  PER_CYCLE,
  /**
   * A calendar month (Hillingdon: "Team and Service Managers, IRO's and CP Chairs are required to
   * undertake management case file audits each month"; H1).
   */
  PER_MONTH
}
