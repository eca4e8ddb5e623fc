package org.practiceaudit.core.quota;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Everyone in a role taken together against the role's quota in a period.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class RoleQuotaStatus {

  RoleQuotaStatus() {}

  /**
   * Returns the role's quota.
   *
   * @return the quota
   */
  public abstract RoleQuota quota();

  /**
   * Returns how many people hold the role.
   *
   * @return the count, 0 or more
   */
  public abstract int people();

  /**
   * Returns how many audits the people in the role completed that count towards the quota.
   *
   * @return the total, 0 or more; audits beyond a person's quota included
   */
  public abstract int done();

  /**
   * Returns the audits done that count towards compliance: each person's done, capped at the quota.
   *
   * @return the total, 0 to {@link #required()}
   */
  public abstract int doneWithinQuota();

  /**
   * Returns how many people in the role met the quota.
   *
   * @return the count, 0 to {@link #people()}
   */
  public abstract int peopleMeeting();

  /**
   * Returns how many audits the role owes in the period: the quota times the number of people.
   *
   * @return the total, 0 or more
   */
  public int required() {
    return quota().minimum() * people();
  }

  /**
   * Returns how many more audits the people in the role need, summed over people (one person's
   * extra audits never make up for another's shortfall).
   *
   * @return {@code required - doneWithinQuota}
   */
  public int shortfall() {
    return required() - doneWithinQuota();
  }

  /**
   * Returns the role's compliance.
   *
   * @return {@code doneWithinQuota} as a percentage of {@code required}: 0 to 100; 100 when nothing
   *     is required
   */
  public double compliancePercent() {
    return Percentages.of(doneWithinQuota(), required());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableRoleQuotaStatus.Builder builder() {
    return ImmutableRoleQuotaStatus.builder();
  }

  @Value.Check
  void check() {
    if (people() < 0
        || done() < 0
        || doneWithinQuota() < 0
        || doneWithinQuota() > required()
        || doneWithinQuota() > done()
        || peopleMeeting() < 0
        || peopleMeeting() > people()) {
      throw new IllegalArgumentException(
          "role "
              + quota().role()
              + ": inconsistent counts: people "
              + people()
              + ", done "
              + done()
              + ", done within quota "
              + doneWithinQuota()
              + ", required "
              + required()
              + ", meeting "
              + peopleMeeting());
    }
  }
}
