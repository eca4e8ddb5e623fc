package org.practiceaudit.core.allocation;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * The result of allocating cases to auditors: who audits which case, which cases got nobody and
 * why, and each auditor's load.
 *
 * <p>The allocation covers as many cases as any allocation that respects the independence rules and
 * the capacities can; among those, it has the least {@link #cost()}.
 *
 * <p>Moderators are allocated to audits as a {@link ModeratorAllocation}, a separate type for the
 * reasons given there.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Allocation {

  Allocation() {}

  /**
   * Returns the auditor of each allocated case.
   *
   * @return an unmodifiable map from case id to auditor id, in case-id order
   */
  public abstract Map<CaseId, PersonId> assignments();

  /**
   * Returns the cases that got no auditor, each with its reason.
   *
   * @return an unmodifiable list in case-id order, empty when the allocation is complete
   */
  public abstract List<Unallocated> unallocated();

  /**
   * Returns how many cases each auditor was given.
   *
   * @return an unmodifiable map from every auditor offered to their number of cases (0 or more), in
   *     id order
   */
  public abstract Map<PersonId, Integer> load();

  /**
   * Returns the total cost minimised: the pairing costs plus the load-balancing costs.
   *
   * @return the cost, 0 or more
   */
  public abstract long cost();

  /**
   * Checks whether every case got an auditor.
   *
   * @return true if nothing is unallocated
   */
  public boolean isComplete() {
    return unallocated().isEmpty();
  }

  /**
   * Returns the unallocated cases grouped by team and reason, as sentences for a service manager.
   *
   * @return such as "3 cases in team East: every eligible auditor is at capacity"; empty when
   *     complete
   */
  public List<String> summary() {
    return Explanations.summarise(unallocated(), "case", "auditor");
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAllocation.Builder builder() {
    return ImmutableAllocation.builder();
  }

  @Value.Check
  void check() {
    for (Unallocated u : unallocated()) {
      if (assignments().containsKey(u.caseId())) {
        throw new IllegalArgumentException(
            "case " + u.caseId() + " is both allocated and unallocated");
      }
    }
    if (cost() < 0) {
      throw new IllegalArgumentException("cost must not be negative: " + cost());
    }
  }
}
