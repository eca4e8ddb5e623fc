package org.practiceaudit.core.sampling;

import java.util.Arrays;

/**
 * The case ids of a population in {@link String#compareTo} order, sorted in time linear in their
 * total length and held as one block of ASCII bytes, for samplers that sort and fingerprint whole
 * populations.
 *
 * <p>A case id is 1 to 64 ASCII characters, none of them NUL ({@code CaseId}), so an id read as
 * big-endian eight-byte words, the last one padded with zero bytes, orders word by word exactly as
 * the id orders as text. The sort is a most-significant-word radix sort: the ids are ordered by
 * their first word with a least-significant-byte radix sort (skipping the bytes all of them share),
 * then each run of ids with an equal word that does not end the ids is ordered by the next word in
 * the same way. Short runs are ordered by insertion sort on the text. Every step is stable, so
 * equal ids keep their input order.
 *
 * <p>This replaces a comparison sort over the case files, whose comparisons chased four references
 * per side through the heap; it gives the same order (a property test compares the two).
 */
final class SortedIds {

  /** Runs shorter than this are insertion-sorted: eight radix passes would cost more. */
  private static final int INSERTION_SORT_BELOW = 32;

  private static final int WORD_CHARS = 8;

  private final byte[] chars;
  private final int[] starts;
  private final int[] order;
  private final long[] words;
  private final int[] orderScratch;
  private final long[] wordScratch;
  private final int[] counts = new int[256];
  private boolean duplicates;

  private SortedIds(byte[] chars, int[] starts, int count) {
    this.chars = chars;
    this.starts = starts;
    this.order = new int[count];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.words = new long[count];
    this.orderScratch = new int[count];
    this.wordScratch = new long[count];
  }

  /**
   * Sorts case ids.
   *
   * @param ids case id values (ASCII, no NUL), in any order; not modified
   * @return the ids in id order, equal ids in input order
   */
  static SortedIds of(String[] ids) {
    int total = 0;
    for (String id : ids) {
      total += id.length();
    }
    byte[] chars = new byte[total];
    int[] starts = new int[ids.length + 1];
    for (int i = 0; i < ids.length; i++) {
      starts[i + 1] = append(ids[i], chars, starts[i]);
    }
    return of(chars, starts, ids.length);
  }

  /**
   * Sorts case ids already laid out as one block of ASCII bytes (see {@link #append}).
   *
   * @param chars the ids' characters, id after id; kept, not copied
   * @param starts {@code count + 1} offsets: id {@code p} is {@code chars[starts[p], starts[p +
   *     1])}; kept
   * @param count the number of ids, 0 or more
   * @return the ids in id order, equal ids in input order
   */
  static SortedIds of(byte[] chars, int[] starts, int count) {
    SortedIds sorted = new SortedIds(chars, starts, count);
    sorted.sort(0, count, 0);
    return sorted;
  }

  /**
   * Copies a case id's characters as bytes into a block.
   *
   * @param id a case id value (ASCII, no NUL)
   * @param chars the block; needs {@code id.length()} bytes of room from {@code at}
   * @param at where the id's first byte goes
   * @return the offset just past the id
   */
  @SuppressWarnings(
      "deprecation") // the byte-copying getBytes is exact for ASCII, which case ids are
  static int append(String id, byte[] chars, int at) {
    int length = id.length();
    id.getBytes(0, length, chars, at);
    return at + length;
  }

  /**
   * Returns where the id of a rank was in the input.
   *
   * @param rank from 0 to the number of ids - 1
   * @return {@code p} such that {@code ids[p]} is the {@code rank}-th id in id order
   */
  int position(int rank) {
    return order[rank];
  }

  /**
   * Tells whether the ids of two ranks are equal.
   *
   * @param rank a rank; {@code other} another
   * @return whether they are the same text
   */
  boolean sameId(int rank, int other) {
    int a = order[rank];
    int b = order[other];
    return Arrays.equals(chars, starts[a], starts[a + 1], chars, starts[b], starts[b + 1]);
  }

  /**
   * Tells whether any id occurs more than once, as found while sorting.
   *
   * @return whether some two ranks have the same id text
   */
  boolean hasDuplicates() {
    return duplicates;
  }

  /**
   * Returns the length of the id of a rank.
   *
   * @param rank a rank
   * @return its number of characters, which are bytes
   */
  int length(int rank) {
    return starts[order[rank] + 1] - starts[order[rank]];
  }

  /**
   * Copies the ASCII bytes of the id of a rank.
   *
   * @param rank a rank
   * @param target receives the bytes from {@code at}; needs {@link #length(int)} bytes of room
   * @param at where to put the first byte
   */
  void copyId(int rank, byte[] target, int at) {
    int start = starts[order[rank]];
    System.arraycopy(chars, start, target, at, starts[order[rank] + 1] - start);
  }

  /** Orders {@code order[from, to)}, whose ids share their first {@code depth} characters. */
  private void sort(int from, int to, int depth) {
    if (to - from < INSERTION_SORT_BELOW) {
      insertionSort(from, to);
      for (int i = from + 1; i < to && !duplicates; i++) {
        duplicates = compare(order[i - 1], order[i]) == 0;
      }
      return;
    }
    for (int i = from; i < to; i++) {
      words[i] = word(order[i], depth);
    }
    radixSort(from, to);
    int start = from;
    while (start < to) {
      int end = start + 1;
      while (end < to && words[end] == words[start]) {
        end++;
      }
      boolean idsGoOn = (words[start] & 0xFF) != 0;
      if (end - start > 1 && idsGoOn) {
        sort(start, end, depth + WORD_CHARS);
      } else if (end - start > 1) {
        duplicates = true; // equal words in which the ids end: equal ids
      }
      start = end;
    }
  }

  /**
   * Reads characters {@code [depth, depth + 8)} of an id as a big-endian word, zero past its end.
   */
  private long word(int position, int depth) {
    int start = starts[position];
    int length = starts[position + 1] - start;
    long word = 0;
    for (int k = depth; k < depth + WORD_CHARS; k++) {
      word = word << 8 | (k < length ? chars[start + k] : 0);
    }
    return word;
  }

  /**
   * Stably orders {@code words[from, to)} with {@code order} alongside, a byte at a time from the
   * last.
   */
  private void radixSort(int from, int to) {
    long[] wordsIn = words;
    int[] orderIn = order;
    long[] wordsOut = wordScratch;
    int[] orderOut = orderScratch;
    for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
      Arrays.fill(counts, 0);
      for (int i = from; i < to; i++) {
        counts[(int) (wordsIn[i] >>> shift) & 0xFF]++;
      }
      if (counts[(int) (wordsIn[from] >>> shift) & 0xFF] == to - from) {
        continue; // every id has the same byte here
      }
      int next = from;
      for (int b = 0; b < counts.length; b++) {
        int count = counts[b];
        counts[b] = next;
        next += count;
      }
      for (int i = from; i < to; i++) {
        int slot = counts[(int) (wordsIn[i] >>> shift) & 0xFF]++;
        wordsOut[slot] = wordsIn[i];
        orderOut[slot] = orderIn[i];
      }
      long[] wordsSwap = wordsIn;
      wordsIn = wordsOut;
      wordsOut = wordsSwap;
      int[] orderSwap = orderIn;
      orderIn = orderOut;
      orderOut = orderSwap;
    }
    if (wordsIn != words) {
      System.arraycopy(wordsIn, from, words, from, to - from);
      System.arraycopy(orderIn, from, order, from, to - from);
    }
  }

  private void insertionSort(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int position = order[i];
      int j = i - 1;
      while (j >= from && compare(order[j], position) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = position;
    }
  }

  /** Compares the ids at two input positions as text. */
  private int compare(int a, int b) {
    return Arrays.compare(chars, starts[a], starts[a + 1], chars, starts[b], starts[b + 1]);
  }
}
