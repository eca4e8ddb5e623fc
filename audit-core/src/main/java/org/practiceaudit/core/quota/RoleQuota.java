package org.practiceaudit.core.quota;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.Role;

/**
 * The minimum number of audits each person in a role completes in a period, as in Dudley's audit
 * framework (2017, "Who will complete Case File Audits") and Hillingdon's guide to auditing (line
 * 7: "each month", H1).
 *
 * <p>An assisted quota counts only audits marked assisted (the audit attribute {@value
 * QuotaTracker#ASSISTED_ATTRIBUTE}{@code =true}): Dudley's Strategic Director completes "a minimum
 * of 2 assisted audits per year". Any other quota counts every completed audit, assisted or not.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class RoleQuota {

  RoleQuota() {}

  /**
   * Returns the role the quota applies to.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns the minimum number of audits per person.
   *
   * @return the minimum, 0 or more
   */
  public abstract int minimum();

  /**
   * Returns the period the minimum applies to.
   *
   * @return per year, per audit cycle or per month
   */
  public abstract QuotaPeriod period();

  /**
   * Returns whether only assisted audits count.
   *
   * @return true for an assisted quota; false unless set
   */
  @Value.Default
  public boolean assisted() {
    return false;
  }

  /**
   * Obtains a quota.
   *
   * @param role the role; not null
   * @param minimum the minimum per person, 0 or more
   * @param period the period; not null
   * @return the quota, not assisted
   * @throws IllegalArgumentException if the minimum is negative
   */
  public static RoleQuota of(Role role, int minimum, QuotaPeriod period) {
    return builder().role(role).minimum(minimum).period(period).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableRoleQuota.Builder builder() {
    return ImmutableRoleQuota.builder();
  }

  @Value.Check
  void check() {
    if (minimum() < 0) {
      throw new IllegalArgumentException(
          "quota for " + role() + ": minimum must not be negative: " + minimum());
    }
  }
}
