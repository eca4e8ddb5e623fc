package org.practiceaudit.cli;

import java.util.Arrays;

/**
 * The line each id of a file was first seen on, for finding duplicate ids in a file of millions of
 * rows without an object per id: the ids' characters in one byte array, an open-addressing table of
 * indexes (at most three quarters full), and the lines in an int array, about 25 bytes per id of 10
 * characters. Ids are those {@link Cells#ID} accepts: ASCII letters, digits, {@code .}, {@code _}
 * and {@code -}.
 */
final class IdLines {

  private byte[] text = new byte[1 << 12];
  private int used;
  private int[] start = new int[256];
  private int[] lines = new int[256];
  private int size;

  /** 0 for an empty slot, else the id's index plus one; the length is a power of two. */
  private int[] table = new int[512];

  /**
   * Records the line of an id unless it was seen before.
   *
   * @param id an ASCII id
   * @param line its line, at most {@code Integer.MAX_VALUE}
   * @return the line it was first seen on, or -1 if this is the first time
   * @throws IllegalStateException if the line is beyond {@code Integer.MAX_VALUE}
   */
  long putIfAbsent(String id, long line) {
    if (line > Integer.MAX_VALUE) {
      throw new IllegalStateException(
          "duplicate ids are looked for in the first "
              + Integer.MAX_VALUE
              + " lines of a file only");
    }
    int mask = table.length - 1;
    int slot = hash(id) & mask;
    while (table[slot] != 0) {
      int index = table[slot] - 1;
      if (same(index, id)) {
        return lines[index];
      }
      slot = (slot + 1) & mask;
    }
    add(id, line);
    table[slot] = size;
    if (size * 4 > table.length * 3L) {
      rehash();
    }
    return -1;
  }

  /** Returns the number of ids recorded. */
  int size() {
    return size;
  }

  private void add(String id, long line) {
    if (size + 1 == start.length) {
      start = Arrays.copyOf(start, start.length + (start.length >> 1));
      lines = Arrays.copyOf(lines, start.length);
    }
    if (used + id.length() > text.length) {
      text = Arrays.copyOf(text, Math.max(text.length + (text.length >> 1), used + id.length()));
    }
    for (int i = 0; i < id.length(); i++) {
      text[used++] = (byte) id.charAt(i);
    }
    start[size] = used - id.length();
    lines[size] = (int) line;
    size++;
    start[size] = used;
  }

  private boolean same(int index, String id) {
    int from = start[index];
    if (start[index + 1] - from != id.length()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (text[from + i] != (byte) id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int index = 0; index < size; index++) {
      int slot = hash(index) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = index + 1;
    }
    table = bigger;
  }

  private static int hash(String id) {
    int h = 0;
    for (int i = 0; i < id.length(); i++) {
      h = 31 * h + (byte) id.charAt(i);
    }
    return mix(h);
  }

  private int hash(int index) {
    int h = 0;
    for (int i = start[index]; i < start[index + 1]; i++) {
      h = 31 * h + text[i];
    }
    return mix(h);
  }

  /**
   * Spreads the bits of a string hash, whose low bits alone cluster for ids with a common prefix.
   */
  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
