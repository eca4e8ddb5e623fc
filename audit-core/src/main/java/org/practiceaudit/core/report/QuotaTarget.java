package org.practiceaudit.core.report;

import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * A person's minimum number of audits in the report's period (Dudley audit framework, "Who will complete Case File Audits": Service Manager a minimum of 8 each year, Team Manager 1 per audit cycle). A simple input of the report's own; the quota module of the allocation work tracks quotas in full.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class QuotaTarget {

  QuotaTarget() {}

  /**
   * Returns the person.
   *
   * @return the person's id
   */
  public abstract PersonId person();

  /**
   * Returns the person's role.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns the minimum number of completed audits.
   *
   * @return the minimum, 0 or more
   */
  public abstract int minimum();

  /**
   * Obtains a quota target.
   *
   * @param person the person; not null
   * @param role the role; not null
   * @param minimum the minimum, 0 or more
   * @return the target
   * @throws IllegalArgumentException if the minimum is negative
   */
  public static QuotaTarget of(PersonId person, Role role, int minimum) {
    return builder().person(person).role(role).minimum(minimum).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableQuotaTarget.Builder builder() {
    return ImmutableQuotaTarget.builder();
  }

  @Value.Check
  void check() {
    if (minimum() < 0) {
      throw new IllegalArgumentException("minimum must not be negative: " + minimum());
    }
  }
}
