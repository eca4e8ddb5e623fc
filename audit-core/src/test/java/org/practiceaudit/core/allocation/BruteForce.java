package org.practiceaudit.core.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.practiceaudit.core.casefile.CaseFile;

/**
 * Exhaustive search over every allocation of a small instance (memoised on remaining capacities):
 * the largest number of cases coverable and, among those, the least cost as {@link Allocator}
 * defines it.
 */
final class BruteForce {

  private final List<CaseFile> cases;
  private final List<Auditor> auditors;
  private final BiPredicate<CaseFile, Auditor> eligible;
  private final PairingCost pairing;
  private final long loadWeight;
  private final Map<String, long[]> memo = new HashMap<>();

  BruteForce(
      List<CaseFile> cases,
      List<Auditor> auditors,
      BiPredicate<CaseFile, Auditor> eligible,
      PairingCost pairing,
      long loadWeight) {
    this.cases = cases;
    this.auditors = auditors;
    this.eligible = eligible;
    this.pairing = pairing;
    this.loadWeight = loadWeight;
  }

  /** Returns {maximum cases covered, least cost among maximum allocations}. */
  long[] best() {
    int[] remaining = auditors.stream().mapToInt(Auditor::capacity).toArray();
    return search(0, remaining);
  }

  private long[] search(int i, int[] remaining) {
    if (i == cases.size()) {
      long cost = 0;
      for (int a = 0; a < auditors.size(); a++) {
        long k = auditors.get(a).capacity();
        for (int j = 1; j <= k - remaining[a]; j++) {
          cost += (loadWeight * j + k - 1) / k;
        }
      }
      return new long[] {0, cost};
    }
    String key = i + ":" + java.util.Arrays.toString(remaining);
    long[] known = memo.get(key);
    if (known != null) {
      return known;
    }
    long[] best = search(i + 1, remaining);
    CaseFile c = cases.get(i);
    for (int a = 0; a < auditors.size(); a++) {
      if (remaining[a] > 0 && eligible.test(c, auditors.get(a))) {
        remaining[a]--;
        long[] sub = search(i + 1, remaining);
        remaining[a]++;
        long count = sub[0] + 1;
        long cost = sub[1] + pairing.cost(c, auditors.get(a));
        if (count > best[0] || (count == best[0] && cost < best[1])) {
          best = new long[] {count, cost};
        }
      }
    }
    memo.put(key, best);
    return best;
  }
}
