package org.practiceaudit.core.quota;

import java.util.Set;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Which social workers had at least one allocated case audited in an annual cycle (Camden audit
 * programme 2021-22: "social workers have at least one allocated case audited within the annual
 * cycle").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class WorkerCoverage {

  WorkerCoverage() {}

  /**
   * Returns the workers with at least one allocated case audited in the cycle.
   *
   * @return an unmodifiable set in id order
   */
  public abstract Set<PersonId> covered();

  /**
   * Returns the workers with no allocated case audited in the cycle.
   *
   * @return an unmodifiable set in id order
   */
  public abstract Set<PersonId> notCovered();

  /**
   * Returns the share of workers covered.
   *
   * @return 0 to 100; 100 when there are no workers
   */
  public double coveragePercent() {
    return Percentages.of(covered().size(), covered().size() + notCovered().size());
  }

  /**
   * Checks whether every worker is covered.
   *
   * @return true if nobody is left uncovered
   */
  public boolean isComplete() {
    return notCovered().isEmpty();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableWorkerCoverage.Builder builder() {
    return ImmutableWorkerCoverage.builder();
  }

  @Value.Check
  void check() {
    for (PersonId worker : covered()) {
      if (notCovered().contains(worker)) {
        throw new IllegalArgumentException("worker " + worker + " is both covered and not covered");
      }
    }
  }
}
