package org.practiceaudit.cli;

/**
 * The line on which each id of a file was first seen, for the message about an id seen again
 * ("first on line 12"): an open-addressing table of the ids' texts and their lines, two arrays
 * rather than a million map entries with a boxed line each (issue 15 item 2).
 *
 * <p>Not thread-safe: one reader fills it.
 */
final class FirstLines {

  private String[] ids = new String[1024];
  private long[] lines = new long[1024];
  private int size;

  /**
   * Records the line of an id not seen before; returns the line an id seen before was first seen
   * on.
   *
   * @param id the id's text
   * @param line the line it is on, from 1
   * @return 0 if the id is new (and now recorded), else the line it was first seen on
   */
  long putIfAbsent(String id, long line) {
    if (2 * (size + 1) > ids.length) {
      grow();
    }
    int slot = slot(ids, id);
    if (ids[slot] != null) {
      return lines[slot];
    }
    ids[slot] = id;
    lines[slot] = line;
    size++;
    return 0;
  }

  /** Tells whether an id has been seen. */
  boolean contains(String id) {
    return ids[slot(ids, id)] != null;
  }

  /** Returns the slot that holds an id, or the empty slot where it would go. */
  private static int slot(String[] table, String id) {
    int mask = table.length - 1;
    int slot = (id.hashCode() * 0x9E3779B9) >>> 7 & mask;
    while (table[slot] != null && !table[slot].equals(id)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    String[] oldIds = ids;
    long[] oldLines = lines;
    ids = new String[oldIds.length * 2];
    lines = new long[oldIds.length * 2];
    for (int i = 0; i < oldIds.length; i++) {
      if (oldIds[i] != null) {
        int slot = slot(ids, oldIds[i]);
        ids[slot] = oldIds[i];
        lines[slot] = oldLines[i];
      }
    }
  }
}
