package org.practiceaudit.core.quota;

import java.util.List;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Quota compliance per person and per role for one year and one audit cycle.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class QuotaReport {

  QuotaReport() {}

  /**
   * Returns each person whose role has a quota.
   *
   * @return an unmodifiable list in person-id order
   */
  public abstract List<PersonQuotaStatus> people();

  /**
   * Returns each role that has a quota, with everyone in it taken together.
   *
   * @return an unmodifiable list in the order the quotas were given
   */
  public abstract List<RoleQuotaStatus> roles();

  /**
   * Returns the people who have not met their quota.
   *
   * @return an unmodifiable list in person-id order
   */
  public List<PersonQuotaStatus> shortfalls() {
    return people().stream()
        .filter(p -> !p.isMet())
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableQuotaReport.Builder builder() {
    return ImmutableQuotaReport.builder();
  }
}
