package org.practiceaudit.json.configuration;

import java.util.Objects;
import org.practiceaudit.core.workforce.Role;

/**
 * A minimum number of audits for a role, per year or per audit cycle, as in Dudley's table (Dudley Audit
 * Framework 2017, "Who will complete Case File Audits").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the role; not null
 * @param minimum the minimum number of audits, 0 or more
 * @param per the period the minimum applies to; not null
 * @param assisted whether the audits are assisted by an experienced auditor
 * @param description the source of the quota; not null, may be empty
 */
public record QuotaConfig(Role role, int minimum, Per per, boolean assisted, String description) {

  /** The period a quota applies to. */
  public enum Per {
    /** A calendar or financial year, as the council counts it. */
    YEAR,
    /** One audit cycle of a service. */
    CYCLE
  }

  /**
   * Checks the quota.
   *
   * @param role the role; not null
   * @param minimum 0 or more
   * @param per the period; not null
   * @param assisted assisted
   * @param description the source; not null
   * @throws IllegalArgumentException if the minimum is negative
   */
  public QuotaConfig {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(per, "per");
    Objects.requireNonNull(description, "description");
    if (minimum < 0) {
      throw new IllegalArgumentException("quota minimum must not be negative: " + minimum);
    }
  }
}
