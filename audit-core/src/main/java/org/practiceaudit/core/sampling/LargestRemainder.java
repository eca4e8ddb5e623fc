package org.practiceaudit.core.sampling;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Stratum allocation by largest remainder with minimums, caps at stratum size and redistribution
 * (DECISIONS.md, "Sampling"; as SAS SURVEYSELECT's proportional allocation does).
 */
final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * Shares a total among strata in proportion to their sizes by largest remainder, with minimums
   * and caps, as {@link Sampler}'s javadoc describes (step 2).
   *
   * @param total the size to share, 0 or more
   * @param sizes the strata's eligible counts, in key order, each 0 or more
   * @param minimums the least per stratum (or its size, if less), each 0 or more, in key order
   * @param bounds receives what decided each target
   * @return the targets; each at most its size; summing to {@code min(total, sum of sizes)} unless
   *     the minimums need more
   */
  static int[] allocate(int total, int[] sizes, int[] minimums, AllocationBound[] bounds) {
    int n = sizes.length;
    int[] alloc = new int[n];
    boolean[] pinned = new boolean[n];
    Arrays.fill(bounds, AllocationBound.PROPORTIONAL);
    Integer[] order = new Integer[n];
    while (true) {
      long remaining = total;
      long freeSize = 0;
      int free = 0;
      for (int h = 0; h < n; h++) {
        if (pinned[h]) {
          remaining -= alloc[h];
        } else {
          freeSize += sizes[h];
          order[free++] = h;
        }
      }
      shareByLargestRemainder(Math.max(0, remaining), freeSize, order, free, sizes, alloc);
      if (!pinOutOfBounds(order, free, sizes, minimums, alloc, pinned, bounds)) {
        return alloc;
      }
    }
  }

  /**
   * Shares {@code remaining} among the free strata {@code order[0..free)} (of total size {@code
   * freeSize}) by largest remainder: ties go to the larger stratum, then the earlier in key order.
   * Reorders {@code order[0..free)}.
   */
  private static void shareByLargestRemainder(
      long remaining, long freeSize, Integer[] order, int free, int[] sizes, int[] alloc) {
    if (freeSize == 0) {
      for (int f = 0; f < free; f++) {
        alloc[order[f]] = 0;
      }
      return;
    }
    long[] remainder = new long[sizes.length];
    long assigned = 0;
    for (int f = 0; f < free; f++) {
      int h = order[f];
      alloc[h] = (int) (remaining * sizes[h] / freeSize);
      remainder[h] = remaining * sizes[h] % freeSize;
      assigned += alloc[h];
    }
    Arrays.sort(
        order,
        0,
        free,
        Comparator.<Integer>comparingLong(h -> -remainder[h])
            .thenComparingInt(h -> -sizes[h])
            .thenComparingInt(h -> h));
    for (int f = 0; f < remaining - assigned; f++) {
      alloc[order[f]]++;
    }
  }

  /**
   * Pins each free stratum whose share is above its size (to its size) or below its minimum (to its
   * minimum), recording why in {@code bounds}.
   *
   * @return whether any stratum was pinned (the others must then be shared again)
   */
  private static boolean pinOutOfBounds(
      Integer[] order,
      int free,
      int[] sizes,
      int[] minimums,
      int[] alloc,
      boolean[] pinned,
      AllocationBound[] bounds) {
    boolean changed = false;
    for (int f = 0; f < free; f++) {
      int h = order[f];
      int floor = Math.min(minimums[h], sizes[h]);
      if (alloc[h] > sizes[h]) {
        alloc[h] = sizes[h];
        pinned[h] = true;
        bounds[h] = AllocationBound.CAPPED;
        changed = true;
      } else if (alloc[h] < floor) {
        alloc[h] = floor;
        pinned[h] = true;
        bounds[h] = AllocationBound.MINIMUM;
        changed = true;
      }
    }
    return changed;
  }
}
