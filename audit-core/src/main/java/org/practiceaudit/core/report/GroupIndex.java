package org.practiceaudit.core.report;

import java.util.Arrays;

/**
 * Numbers distinct tuples of small non-negative ints (or -1), in the order first seen: the groups
 * of a column table, each a completion month and one value index per cohort dimension. Looking up a
 * tuple that is already numbered allocates nothing.
 */
final class GroupIndex {

  private final int width;

  /** The tuples, one after another. */
  private int[] tuples;

  private int size;

  /** 0 for an empty slot, else the tuple's number plus one; the length is a power of two. */
  private int[] table = new int[64];

  GroupIndex(int width) {
    this.width = width;
    this.tuples = new int[16 * width];
  }

  /** Returns the number of the tuple held in {@code key}, numbering it if it is new. */
  int indexOf(int[] key) {
    int mask = table.length - 1;
    int slot = hash(key, 0) & mask;
    while (table[slot] != 0) {
      int index = table[slot] - 1;
      if (Arrays.equals(tuples, index * width, index * width + width, key, 0, width)) {
        return index;
      }
      slot = (slot + 1) & mask;
    }
    if ((size + 1) * width > tuples.length) {
      tuples = Arrays.copyOf(tuples, tuples.length * 2);
    }
    System.arraycopy(key, 0, tuples, size * width, width);
    table[slot] = ++size;
    if (size * 2 > table.length) {
      rehash();
    }
    return size - 1;
  }

  /** Returns the number of tuples. */
  int size() {
    return size;
  }

  /** Returns the element {@code i} of tuple {@code index}. */
  int get(int index, int i) {
    return tuples[index * width + i];
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int index = 0; index < size; index++) {
      int slot = hash(tuples, index * width) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = index + 1;
    }
    table = bigger;
  }

  private int hash(int[] values, int from) {
    int h = 1;
    for (int i = from; i < from + width; i++) {
      h = 31 * h + values[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
