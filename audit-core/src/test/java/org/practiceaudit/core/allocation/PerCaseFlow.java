package org.practiceaudit.core.allocation;

import java.util.List;
import java.util.function.BiPredicate;
import org.practiceaudit.core.casefile.CaseFile;

/**
 * The allocator's network before cases were grouped, as a reference for instances too large for
 * {@link BruteForce}: one node per case with one unit from the source, one unit arc per independent
 * auditor with capacity, and one unit arc per unit of each auditor's capacity at {@code
 * ceil(loadWeight * j / capacity)}.
 */
final class PerCaseFlow {

  private PerCaseFlow() {}

  /** Returns {cases covered, least cost among maximum allocations}. */
  static long[] best(
      List<CaseFile> cases,
      List<Auditor> auditors,
      BiPredicate<CaseFile, Auditor> eligible,
      PairingCost pairing,
      long loadWeight) {
    int n = cases.size();
    int m = auditors.size();
    int source = 0;
    int sink = n + m + 1;
    MinCostFlow flow = new MinCostFlow(n + m + 2, 16);
    int[] demand = new int[m];
    for (int i = 0; i < n; i++) {
      flow.addArc(source, 1 + i, 1, 0L);
      for (int a = 0; a < m; a++) {
        Auditor auditor = auditors.get(a);
        if (auditor.capacity() > 0 && eligible.test(cases.get(i), auditor)) {
          flow.addArc(1 + i, 1 + n + a, 1, pairing.cost(cases.get(i), auditor));
          demand[a]++;
        }
      }
    }
    for (int a = 0; a < m; a++) {
      long k = auditors.get(a).capacity();
      for (int j = 1; j <= Math.min(k, demand[a]); j++) {
        flow.addArc(1 + n + a, sink, 1, (loadWeight * j + k - 1) / k);
      }
    }
    return flow.solve(source, sink);
  }
}
