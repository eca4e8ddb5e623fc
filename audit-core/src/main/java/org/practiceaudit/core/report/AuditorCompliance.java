package org.practiceaudit.core.report;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Audit compliance of the audits allocated to one auditor, so that compliance can be "followed up
 * ... on an individual basis" (Dorset monthly audit report, June 2019, 3.1; seed-fidelity review
 * D12). Each audit is classified exactly as the report's overall compliance classifies it, so the
 * four counts of all auditors add up to the report's.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AuditorCompliance {

  AuditorCompliance() {}

  /**
   * Returns the auditor the audits were allocated to.
   *
   * @return the auditor
   */
  public abstract PersonId auditor();

  /**
   * Returns the compliance of the auditor's audits.
   *
   * @return the compliance, with at least one audit allocated
   */
  public abstract Compliance compliance();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAuditorCompliance.Builder builder() {
    return ImmutableAuditorCompliance.builder();
  }

  @Value.Check
  void check() {
    if (compliance().allocated() < 1) {
      throw new IllegalArgumentException(
          "auditor " + auditor() + " must have 1 or more audits allocated (leave it out)");
    }
  }
}
