package org.practiceaudit.core.allocation;

import java.util.Arrays;

/**
 * Cases grouped by their row: the auditors (by index) a case may go to and the pairing cost of
 * each. Rows are hashed, and compared in full when hashes match, so two cases share a class exactly
 * when their rows are equal. Classes are numbered in order of their first case.
 */
final class CaseClasses {
  private int[][] auditors = new int[16][];
  private long[][] costs = new long[16][];
  private int[] hashes = new int[16];
  private int size;
  private int[] table = new int[32]; // class + 1, or 0 for an empty slot; open addressing

  int size() {
    return size;
  }

  int[] auditors(int c) {
    return auditors[c];
  }

  long[] costs(int c) {
    return costs[c];
  }

  /** Returns the class of the row made of the first {@code length} entries, creating it if new. */
  int add(int[] rowAuditors, long[] rowCosts, int length) {
    int hash = length;
    for (int k = 0; k < length; k++) {
      hash = 31 * hash + rowAuditors[k];
      hash = 31 * hash + Long.hashCode(rowCosts[k]);
    }
    hash ^= hash >>> 16;
    hash *= 0x85EBCA6B;
    hash ^= hash >>> 13;
    int mask = table.length - 1;
    int slot = hash & mask;
    while (table[slot] != 0) {
      int c = table[slot] - 1;
      if (hashes[c] == hash
          && Arrays.equals(auditors[c], 0, auditors[c].length, rowAuditors, 0, length)
          && Arrays.equals(costs[c], 0, costs[c].length, rowCosts, 0, length)) {
        return c;
      }
      slot = (slot + 1) & mask;
    }
    if (size == auditors.length) {
      auditors = Arrays.copyOf(auditors, size * 2);
      costs = Arrays.copyOf(costs, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    int c = size++;
    auditors[c] = Arrays.copyOf(rowAuditors, length);
    costs[c] = Arrays.copyOf(rowCosts, length);
    hashes[c] = hash;
    table[slot] = c + 1;
    if (2 * size > table.length) {
      rehash();
    }
    return c;
  }

  private void rehash() {
    table = new int[table.length * 2];
    int mask = table.length - 1;
    for (int c = 0; c < size; c++) {
      int slot = hashes[c] & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = c + 1;
    }
  }
}
