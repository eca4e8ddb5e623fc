package org.practiceaudit.core.quota;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * One person's progress against their role's quota in a period.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class PersonQuotaStatus {

  PersonQuotaStatus() {}

  /**
   * Returns the person.
   *
   * @return the pseudonymous id
   */
  public abstract PersonId person();

  /**
   * Returns the quota that applies to the person's role.
   *
   * @return the quota
   */
  public abstract RoleQuota quota();

  /**
   * Returns how many audits that count towards the quota the person completed in the period.
   *
   * @return the count, 0 or more; may exceed the quota
   */
  public abstract int done();

  /**
   * Returns how many more audits the person needs to meet the quota.
   *
   * @return {@code max(0, minimum - done)}
   */
  public int shortfall() {
    return Math.max(0, quota().minimum() - done());
  }

  /**
   * Returns the compliance: the audits done, capped at the quota, as a percentage of the quota.
   *
   * @return 0 to 100; 100 when the quota is 0
   */
  public double compliancePercent() {
    return Percentages.of(Math.min(done(), quota().minimum()), quota().minimum());
  }

  /**
   * Checks whether the person met the quota.
   *
   * @return true if the shortfall is 0
   */
  public boolean isMet() {
    return shortfall() == 0;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutablePersonQuotaStatus.Builder builder() {
    return ImmutablePersonQuotaStatus.builder();
  }

  @Value.Check
  void check() {
    if (done() < 0) {
      throw new IllegalArgumentException(
          "person " + person() + ": done must not be negative: " + done());
    }
  }
}
