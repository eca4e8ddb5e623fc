package org.practiceaudit.core.allocation;

import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * A case (or an audit to moderate) that got no auditor, with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Unallocated {

  Unallocated() {}

  /**
   * Returns the case.
   *
   * @return the case's pseudonymous id
   */
  public abstract CaseId caseId();

  /**
   * Returns the audit to moderate, in a moderator allocation.
   *
   * @return the audit's id, or empty in an auditor allocation
   */
  public abstract Optional<AuditId> auditId();

  /**
   * Returns the team that holds the case.
   *
   * @return the team's id
   */
  public abstract String team();

  /**
   * Returns why nobody was allocated.
   *
   * @return the reason
   */
  public abstract UnallocatedReason reason();

  /**
   * Returns how many of the people offered were independent of the case.
   *
   * @return the count, 0 or more; 0 exactly when the reason is no independent auditor
   */
  public abstract int independentCount();

  /**
   * Returns the reason as a sentence for a service manager, naming only ids, the team and counts.
   *
   * @return such as "case C-3 in team East: every eligible auditor is at capacity (4 independent
   *     auditors)"
   */
  public String explanation() {
    String noun = auditId().isPresent() ? "moderator" : "auditor";
    String subject =
        auditId().map(a -> "audit " + a + " of case " + caseId()).orElse("case " + caseId());
    String detail =
        reason() == UnallocatedReason.NO_INDEPENDENT_AUDITOR
            ? ""
            : " ("
                + independentCount()
                + " independent "
                + noun
                + (independentCount() == 1 ? ")" : "s)");
    return subject + " in team " + team() + ": " + reason().phrase(false, noun) + detail;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableUnallocated.Builder builder() {
    return ImmutableUnallocated.builder();
  }

  @Value.Check
  void check() {
    if ((independentCount() == 0) != (reason() == UnallocatedReason.NO_INDEPENDENT_AUDITOR)) {
      throw new IllegalArgumentException(
          "case "
              + caseId()
              + ": reason "
              + reason()
              + " does not fit "
              + independentCount()
              + " independent auditors");
    }
    if (independentCount() < 0) {
      throw new IllegalArgumentException(
          "case " + caseId() + ": independent count must not be negative: " + independentCount());
    }
  }
}
