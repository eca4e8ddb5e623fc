package org.practiceaudit.core.allocation;

import java.util.Objects;
import java.util.function.Function;
import org.practiceaudit.core.casefile.CaseFile;

/**
 * The cost of giving a case to an auditor, which the allocator minimises after covering as many
 * cases as possible: the service provider interface for pairing preferences.
 *
 * <p>Costs are in the same units as the load-balancing cost: giving an auditor the last case of
 * their capacity costs {@link Allocator.Builder#loadWeight(long) the load weight} (1,000 by
 * default) more than leaving them empty. A pairing cost of 1,000 therefore outweighs a whole
 * auditor's worth of imbalance.
 */
@FunctionalInterface
public interface PairingCost {

  /** The largest pairing cost allowed, so that sums over thousands of cases cannot overflow. */
  long MAX = 1_000_000_000L;

  /**
   * Returns the cost of giving the case to the auditor.
   *
   * @param caseFile the case; not null
   * @param auditor the auditor, already known to be independent of the case; not null
   * @return the cost, 0 to {@link #MAX}
   */
  long cost(CaseFile caseFile, Auditor auditor);

  /**
   * Returns the cost that prefers no pairing over another.
   *
   * @return a cost that is always 0
   */
  static PairingCost none() {
    return (caseFile, auditor) -> 0L;
  }

  /**
   * Returns a cost that prefers auditors experienced enough for the case: each level the auditor
   * falls short of what the case needs costs {@code penaltyPerLevel}. With "complex cases need a
   * senior auditor" this keeps newly qualified auditors on simpler cases while the load balance
   * still spreads cases over everyone, which gives the London multi-agency audit pack's "mix of
   * auditors, some with considerable experience and others new to the role".
   *
   * @param needed the experience each case needs; not null, never returning null
   * @param penaltyPerLevel the cost per level short, 0 to {@link #MAX} / 2
   * @return the cost
   * @throws IllegalArgumentException if the penalty is out of range
   */
  static PairingCost experience(Function<CaseFile, ExperienceLevel> needed, long penaltyPerLevel) {
    Objects.requireNonNull(needed, "needed");
    if (penaltyPerLevel < 0 || penaltyPerLevel > MAX / 2) {
      throw new IllegalArgumentException(
          "penalty per level must be 0 to " + MAX / 2 + ": " + penaltyPerLevel);
    }
    return (caseFile, auditor) -> {
      int shortBy = needed.apply(caseFile).ordinal() - auditor.experience().ordinal();
      return Math.max(0, shortBy) * penaltyPerLevel;
    };
  }

  /**
   * Returns the sum of this cost and another, capped at {@link #MAX}.
   *
   * @param other the other cost; not null
   * @return the sum
   */
  default PairingCost plus(PairingCost other) {
    Objects.requireNonNull(other, "other");
    return (caseFile, auditor) ->
        Math.min(MAX, cost(caseFile, auditor) + other.cost(caseFile, auditor));
  }
}
