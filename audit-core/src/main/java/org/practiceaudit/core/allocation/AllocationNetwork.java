package org.practiceaudit.core.allocation;

import java.util.Arrays;

/**
 * The minimum-cost flow of an allocation, over classes of cases rather than cases: source → class
 * (its size) → independent auditor with capacity (the class's pairing cost) → sink (the load cost).
 * An auditor's j-th unit costs {@code ceil(loadWeight * j / capacity)}, which never falls as j
 * grows; consecutive units of equal cost share one arc. The flow is integral, so it splits each
 * class into whole cases; each class's cases, in id order, then go to its auditors in index order,
 * as many to each as the flow sends.
 */
final class AllocationNetwork {

  private final CaseClasses classes;
  private final int[] classOf;
  private final int[] capacities;
  private final long loadWeight;
  private final int classCount;

  /**
   * The members of class c are {@code members[memberStart[c], memberStart[c + 1])}, in case order.
   */
  private final int[] memberStart;

  private final int[] members;

  private AllocationNetwork(CaseClasses classes, int[] classOf, int[] capacities, long loadWeight) {
    this.classes = classes;
    this.classOf = classOf;
    this.capacities = capacities;
    this.loadWeight = loadWeight;
    this.classCount = classes.size();
    this.memberStart = new int[classCount + 1];
    this.members = new int[classOf.length];
    for (int i = 0; i < classOf.length; i++) {
      memberStart[classOf[i] + 1]++;
    }
    for (int c = 0; c < classCount; c++) {
      memberStart[c + 1] += memberStart[c];
    }
    int[] fill = Arrays.copyOf(memberStart, classCount);
    for (int i = 0; i < classOf.length; i++) {
      members[fill[classOf[i]]++] = i;
    }
  }

  /**
   * Allocates the cases of the classes.
   *
   * @param classes the classes of the cases' rows (independent auditors with capacity, pairing
   *     costs)
   * @param classOf each case's class, cases in id order
   * @param capacities each auditor's capacity
   * @param loadWeight the weight of the load cost
   * @param assigned filled with each case's auditor, or left -1
   * @param load filled with each auditor's number of cases
   * @return the total cost of the flow
   */
  static long solve(
      CaseClasses classes,
      int[] classOf,
      int[] capacities,
      long loadWeight,
      int[] assigned,
      int[] load) {
    return new AllocationNetwork(classes, classOf, capacities, loadWeight).solve(assigned, load);
  }

  private int size(int c) {
    return memberStart[c + 1] - memberStart[c];
  }

  private long solve(int[] assigned, int[] load) {
    int m = capacities.length;
    int[] demand = new int[m];
    int arcCount = classCount;
    for (int c = 0; c < classCount; c++) {
      for (int a : classes.auditors(c)) {
        demand[a] += size(c);
      }
      arcCount += classes.auditors(c).length;
    }
    int[] units = new int[m];
    for (int a = 0; a < m; a++) {
      units[a] = Math.min(capacities[a], demand[a]);
      arcCount += units[a];
    }
    int source = 0;
    int sink = classCount + m + 1;
    MinCostFlow flow = new MinCostFlow(classCount + m + 2, arcCount);
    for (int c = 0; c < classCount; c++) {
      flow.addArc(source, 1 + c, size(c), 0L);
    }
    int[][] classArcs = new int[classCount][];
    for (int c = 0; c < classCount; c++) {
      int[] row = classes.auditors(c);
      long[] costs = classes.costs(c);
      classArcs[c] = new int[row.length];
      for (int k = 0; k < row.length; k++) {
        classArcs[c][k] = flow.addArc(1 + c, 1 + classCount + row[k], size(c), costs[k]);
      }
    }
    addLoadChains(flow, units, sink);
    long[] result = flow.solve(source, sink);
    handOut(flow, classArcs, assigned, load);
    return result[1];
  }

  /**
   * Adds each auditor's arcs to the sink: its units, consecutive units of equal cost sharing an
   * arc.
   */
  private void addLoadChains(MinCostFlow flow, int[] units, int sink) {
    int[] segmentCapacity = new int[0];
    long[] segmentCost = new long[0];
    for (int a = 0; a < units.length; a++) {
      long capacity = capacities[a];
      if (segmentCapacity.length < units[a]) {
        segmentCapacity = new int[units[a]];
        segmentCost = new long[units[a]];
      }
      int segments = 0;
      int j = 1;
      while (j <= units[a]) {
        long unitCost = (loadWeight * j + capacity - 1) / capacity;
        int last = j;
        while (last < units[a] && (loadWeight * (last + 1) + capacity - 1) / capacity == unitCost) {
          last++;
        }
        segmentCapacity[segments] = last - j + 1;
        segmentCost[segments] = unitCost;
        segments++;
        j = last + 1;
      }
      if (segments > 0) {
        flow.addChain(
            1 + classCount + a,
            sink,
            Arrays.copyOf(segmentCapacity, segments),
            Arrays.copyOf(segmentCost, segments));
      }
    }
  }

  /**
   * Hands out each class's cases in id order to its auditors in index order, as many to each as the
   * flow sends; the cases left over are the class's unallocated ones.
   */
  private void handOut(MinCostFlow flow, int[][] classArcs, int[] assigned, int[] load) {
    for (int c = 0; c < classCount; c++) {
      int next = memberStart[c];
      int[] row = classes.auditors(c);
      for (int k = 0; k < row.length; k++) {
        int sent = flow.flow(classArcs[c][k]);
        for (int u = 0; u < sent; u++) {
          assigned[members[next++]] = row[k];
        }
        load[row[k]] += sent;
      }
    }
  }
}
