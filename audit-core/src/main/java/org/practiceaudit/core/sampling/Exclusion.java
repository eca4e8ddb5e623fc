package org.practiceaudit.core.sampling;

import org.immutables.value.Value;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * A case left out of a sample's eligible population, with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Exclusion {

  Exclusion() {}

  /**
   * Returns the excluded case's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract CaseId caseId();

  /**
   * Returns why the case was excluded.
   *
   * @return the first reason that applied
   */
  @Value.Parameter
  public abstract ExclusionReason reason();

  /**
   * Obtains an exclusion.
   *
   * @param caseId the case; not null
   * @param reason the reason; not null
   * @return the exclusion
   */
  public static Exclusion of(CaseId caseId, ExclusionReason reason) {
    return ImmutableExclusion.of(caseId, reason);
  }
}
