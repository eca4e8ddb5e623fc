package org.practiceaudit.core.allocation;

import java.util.Arrays;

/**
 * A minimum-cost maximum flow by successive shortest paths with Johnson potentials (primal-dual).
 *
 * <p>Each phase runs Dijkstra with a binary heap on reduced costs (non-negative thanks to the
 * potentials), updates the potentials, then pushes a blocking flow (Dinic) through the arcs of zero
 * reduced cost, so that all shortest augmenting paths of the same length are used in one phase.
 * Costs must be non-negative on input. A node may end with a chain of arcs into the sink of
 * increasing cost (a convex cost, see {@link #addChain}), of which only the first with capacity
 * left is searched. The result is a maximum flow of least cost among maximum flows. Arcs live in
 * primitive arrays in compressed-row form. Given the same arcs in the same order, the result is the
 * same.
 */
final class MinCostFlow {

  private static final long INF = Long.MAX_VALUE / 4;

  private final int nodes;
  private int arcs;
  private int[] from;
  private int[] to;
  private int[] cap;
  private long[] cost;

  // compressed rows, built by solve(): the arcs out of node v are at start[v] .. start[v + 1] - 1
  private int[] start;
  private int[] arcPos; // arc index -> row position
  private int[] rTo;
  private int[] rCap;
  private long[] rCost;
  private int[] rTwin; // row position of the residual twin

  // chains: per node, the first and last arc index of its chain into the sink, or -1 (see addChain)
  private int[] chainFirstArc;
  private int[] chainLastArc;
  // built by solve(): the row position where the node's chain starts (-1 for none), and its first
  // open arc
  private int[] chainFrom;
  private int[] open;

  MinCostFlow(int nodes, int expectedArcs) {
    this.nodes = nodes;
    int initial = Math.max(16, 2 * expectedArcs);
    from = new int[initial];
    to = new int[initial];
    cap = new int[initial];
    cost = new long[initial];
    chainFirstArc = new int[nodes];
    chainLastArc = new int[nodes];
    Arrays.fill(chainFirstArc, -1);
    Arrays.fill(chainLastArc, -1);
  }

  /**
   * Adds a chain of parallel arcs from u to the sink, of strictly increasing cost: a convex cost on
   * the flow out of u, such as an auditor's load cost. They must be the last arcs added out of u,
   * and there is one chain per node at most. A shortest-path flow fills such arcs cheapest first
   * and, since paths end at the sink, never sends flow back along them; so the search looks only at
   * the first arc of the chain with capacity left, which keeps every phase's work independent of
   * the chain's length.
   */
  void addChain(int u, int sinkNode, int[] capacities, long[] costs) {
    if (chainFirstArc[u] >= 0) {
      throw new IllegalStateException("node " + u + " has a chain already");
    }
    for (int k = 0; k < capacities.length; k++) {
      if (k > 0 && costs[k] <= costs[k - 1]) {
        throw new IllegalArgumentException("chain costs must increase: " + Arrays.toString(costs));
      }
      int e = addArc(u, sinkNode, capacities[k], costs[k]);
      if (k == 0) {
        chainFirstArc[u] = e;
      }
      chainLastArc[u] = e;
    }
  }

  /** Adds an arc and its residual twin; returns the arc's index (the twin is index ^ 1). */
  int addArc(int u, int v, int capacity, long arcCost) {
    if (arcs + 2 > from.length) {
      int n = from.length * 2;
      from = Arrays.copyOf(from, n);
      to = Arrays.copyOf(to, n);
      cap = Arrays.copyOf(cap, n);
      cost = Arrays.copyOf(cost, n);
    }
    int e = arcs;
    from[e] = u;
    to[e] = v;
    cap[e] = capacity;
    cost[e] = arcCost;
    from[e + 1] = v;
    to[e + 1] = u;
    cap[e + 1] = 0;
    cost[e + 1] = -arcCost;
    arcs += 2;
    return e;
  }

  /** Returns the flow on an arc returned by {@link #addArc}. */
  int flow(int arc) {
    return rCap[rTwin[arcPos[arc]]];
  }

  /** Sends a maximum flow of least cost from s to t; returns {flow, cost}. */
  long[] solve(int s, int t) {
    buildRows();
    for (int v = 0; v < nodes; v++) {
      if (chainFrom[v] >= 0 && rTo[chainFrom[v]] != t) {
        throw new IllegalStateException("the chain of node " + v + " must lead to the sink " + t);
      }
    }
    long[] potential = new long[nodes];
    long[] dist = new long[nodes];
    boolean[] done = new boolean[nodes];
    int[] level = new int[nodes];
    int[] cursor = new int[nodes];
    int[] queue = new int[nodes];
    int[] path = new int[nodes];
    Heap heap = new Heap(nodes);
    long totalFlow = 0;
    long totalCost = 0;
    while (true) {
      shortestPaths(s, t, potential, dist, done, heap);
      if (!done[t]) {
        break;
      }
      long dt = dist[t];
      for (int v = 0; v < nodes; v++) {
        if (done[v]) {
          potential[v] += dist[v] - dt;
        }
      }
      // Blocking flows through arcs of zero reduced cost.
      while (true) {
        levels(s, t, potential, level, queue);
        if (level[t] < 0) {
          break;
        }
        System.arraycopy(start, 0, cursor, 0, nodes);
        while (true) {
          int pushed = augment(s, t, level, cursor, potential, path);
          if (pushed == 0) {
            break;
          }
          totalFlow += pushed;
        }
      }
    }
    for (int e = 0; e < arcs; e += 2) {
      totalCost += (long) flow(e) * cost[e];
    }
    return new long[] {totalFlow, totalCost};
  }

  /** Dijkstra on reduced costs from s, stopping once t is settled. */
  private void shortestPaths(
      int s, int t, long[] potential, long[] dist, boolean[] done, Heap heap) {
    Arrays.fill(dist, INF);
    Arrays.fill(done, false);
    dist[s] = 0;
    heap.clear();
    heap.push(s, 0);
    while (!heap.isEmpty()) {
      int u = heap.popNode();
      if (done[u]) {
        continue;
      }
      done[u] = true;
      if (u == t) {
        break;
      }
      long du = dist[u];
      long pu = potential[u];
      for (int e = start[u], end = plainEnd(u); e < end; e++) {
        if (rCap[e] <= 0) {
          continue;
        }
        int v = rTo[e];
        if (done[v]) {
          continue;
        }
        long nd = du + rCost[e] + pu - potential[v];
        if (nd < dist[v]) {
          dist[v] = nd;
          heap.push(v, nd);
        }
      }
      int e = openChainArc(u);
      if (e >= 0 && !done[rTo[e]]) {
        int v = rTo[e];
        long nd = du + rCost[e] + pu - potential[v];
        if (nd < dist[v]) {
          dist[v] = nd;
          heap.push(v, nd);
        }
      }
    }
  }

  /** Levels of a breadth-first search from s over open arcs of zero reduced cost. */
  private void levels(int s, int t, long[] potential, int[] level, int[] queue) {
    Arrays.fill(level, -1);
    level[s] = 0;
    int head = 0;
    int tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      int u = queue[head++];
      if (u == t) {
        continue; // paths end at t: nothing beyond it is on one
      }
      for (int e = start[u], end = plainEnd(u); e < end; e++) {
        int v = rTo[e];
        if (rCap[e] > 0 && level[v] < 0 && rCost[e] + potential[u] - potential[v] == 0) {
          level[v] = level[u] + 1;
          queue[tail++] = v;
        }
      }
      int e = openChainArc(u);
      if (e >= 0) {
        int v = rTo[e];
        if (level[v] < 0 && rCost[e] + potential[u] - potential[v] == 0) {
          level[v] = level[u] + 1;
          queue[tail++] = v;
        }
      }
    }
  }

  private int augment(int s, int t, int[] level, int[] cursor, long[] potential, int[] path) {
    int depth = 0;
    int u = s;
    while (true) {
      if (u == t) {
        int pushed = Integer.MAX_VALUE;
        for (int i = 0; i < depth; i++) {
          pushed = Math.min(pushed, rCap[path[i]]);
        }
        for (int i = 0; i < depth; i++) {
          rCap[path[i]] -= pushed;
          rCap[rTwin[path[i]]] += pushed;
        }
        return pushed;
      }
      int next = -1;
      for (int end = start[u + 1]; cursor[u] < end; cursor[u]++) {
        int e = cursor[u];
        if (chainFrom[u] >= 0 && e >= chainFrom[u]) {
          // In the chain only its first open arc can be on a shortest path.
          int first = openChainArc(u);
          if (first < 0 || e > first) {
            cursor[u] = end;
            break;
          }
          cursor[u] = first;
          e = first;
        }
        int v = rTo[e];
        if (rCap[e] > 0
            && level[v] == level[u] + 1
            && rCost[e] + potential[u] - potential[v] == 0) {
          next = e;
          break;
        }
      }
      if (next >= 0) {
        path[depth++] = next;
        u = rTo[next];
      } else {
        if (u == s) {
          return 0;
        }
        level[u] = -1;
        int back = path[--depth];
        u = rTo[rTwin[back]];
        cursor[u]++;
      }
    }
  }

  /** The end of the node's plain arcs: where its chain starts, or the end of its row. */
  private int plainEnd(int u) {
    return chainFrom[u] >= 0 ? chainFrom[u] : start[u + 1];
  }

  /** The row position of the node's first chain arc with capacity left, or -1 if none. */
  private int openChainArc(int u) {
    if (chainFrom[u] < 0) {
      return -1;
    }
    int end = start[u + 1];
    while (open[u] < end && rCap[open[u]] <= 0) {
      open[u]++;
    }
    return open[u] < end ? open[u] : -1;
  }

  private void buildRows() {
    start = new int[nodes + 1];
    for (int e = 0; e < arcs; e++) {
      start[from[e] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      start[v + 1] += start[v];
    }
    int[] fill = Arrays.copyOf(start, nodes);
    arcPos = new int[arcs];
    rTo = new int[arcs];
    rCap = new int[arcs];
    rCost = new long[arcs];
    rTwin = new int[arcs];
    for (int e = 0; e < arcs; e++) {
      int r = fill[from[e]]++;
      arcPos[e] = r;
      rTo[r] = to[e];
      rCap[r] = cap[e];
      rCost[r] = cost[e];
    }
    for (int e = 0; e < arcs; e++) {
      rTwin[arcPos[e]] = arcPos[e ^ 1];
    }
    chainFrom = new int[nodes];
    open = new int[nodes];
    for (int v = 0; v < nodes; v++) {
      chainFrom[v] = -1;
      if (chainFirstArc[v] >= 0) {
        if (arcPos[chainLastArc[v]] != start[v + 1] - 1) {
          throw new IllegalStateException("the chain of node " + v + " must be its last arcs");
        }
        chainFrom[v] = arcPos[chainFirstArc[v]];
        open[v] = chainFrom[v];
      }
    }
  }

  /** A binary min-heap of (key, node) with lazy deletion; ties broken by the lower node. */
  private static final class Heap {
    private long[] keys;
    private int[] items;
    private int size;

    Heap(int capacity) {
      keys = new long[Math.max(16, capacity)];
      items = new int[keys.length];
    }

    void clear() {
      size = 0;
    }

    boolean isEmpty() {
      return size == 0;
    }

    void push(int node, long key) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        items = Arrays.copyOf(items, size * 2);
      }
      int i = size++;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (!less(key, node, keys[p], items[p])) {
          break;
        }
        keys[i] = keys[p];
        items[i] = items[p];
        i = p;
      }
      keys[i] = key;
      items[i] = node;
    }

    int popNode() {
      int top = items[0];
      size--;
      if (size > 0) {
        long key = keys[size];
        int node = items[size];
        int i = 0;
        while (true) {
          int c = 2 * i + 1;
          if (c >= size) {
            break;
          }
          if (c + 1 < size && less(keys[c + 1], items[c + 1], keys[c], items[c])) {
            c++;
          }
          if (!less(keys[c], items[c], key, node)) {
            break;
          }
          keys[i] = keys[c];
          items[i] = items[c];
          i = c;
        }
        keys[i] = key;
        items[i] = node;
      }
      return top;
    }

    private static boolean less(long k1, int n1, long k2, int n2) {
      return k1 < k2 || (k1 == k2 && n1 < n2);
    }
  }
}
