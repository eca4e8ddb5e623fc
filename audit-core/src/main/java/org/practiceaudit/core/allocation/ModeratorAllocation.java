package org.practiceaudit.core.allocation;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * The result of allocating completed audits to moderators: who moderates which audit, which audits
 * got nobody and why, and each moderator's load.
 *
 * <p>The same shape as {@link Allocation}, keyed by audits instead of cases, and deliberately a
 * type of its own rather than one generic {@code Allocation<K>} (issue 17 item 5): a generic key is
 * erased at run time, so {@code AuditJson.mapper().readValue(json, Allocation.class)} could not
 * tell case keys from audit keys and every caller would have to spell {@code Allocation<CaseId>};
 * and the invariants differ (every audit left unallocated here names its audit). What the two share
 * is written once: the flow network and solver ({@link Allocator}) and the summaries of what was
 * left unallocated.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ModeratorAllocation {

  ModeratorAllocation() {}

  /**
   * Returns the moderator of each allocated audit.
   *
   * @return an unmodifiable map from audit id to moderator id, in audit-id order
   */
  public abstract Map<AuditId, PersonId> assignments();

  /**
   * Returns the audits that got no moderator, each with its reason.
   *
   * @return an unmodifiable list in audit-id order; each entry has its {@link
   *     Unallocated#auditId()}
   */
  public abstract List<Unallocated> unallocated();

  /**
   * Returns how many audits each moderator was given.
   *
   * @return an unmodifiable map from every moderator offered to their number of audits, in id order
   */
  public abstract Map<PersonId, Integer> load();

  /**
   * Returns the total cost minimised: the pairing costs plus the load-balancing costs.
   *
   * @return the cost, 0 or more
   */
  public abstract long cost();

  /**
   * Checks whether every audit got a moderator.
   *
   * @return true if nothing is unallocated
   */
  public boolean isComplete() {
    return unallocated().isEmpty();
  }

  /**
   * Returns the unallocated audits grouped by team and reason, as sentences for a service manager.
   *
   * @return such as "2 audits in team East: every eligible moderator is at capacity"; empty when
   *     complete
   */
  public List<String> summary() {
    return Explanations.summarise(unallocated(), "audit", "moderator");
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableModeratorAllocation.Builder builder() {
    return ImmutableModeratorAllocation.builder();
  }

  @Value.Check
  void check() {
    for (Unallocated u : unallocated()) {
      if (u.auditId().isEmpty()) {
        throw new IllegalArgumentException(
            "unallocated entry for case " + u.caseId() + " has no audit id");
      }
      if (assignments().containsKey(u.auditId().get())) {
        throw new IllegalArgumentException(
            "audit " + u.auditId().get() + " is both allocated and unallocated");
      }
    }
    if (cost() < 0) {
      throw new IllegalArgumentException("cost must not be negative: " + cost());
    }
  }
}
