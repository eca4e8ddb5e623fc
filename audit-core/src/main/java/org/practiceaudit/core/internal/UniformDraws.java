package org.practiceaudit.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Reproducible uniform draws without replacement, the primitive under every sample in this library:
 * {@code sampling.Sampler} and {@code moderation.ModerationSampler} draw through it, so a sample
 * never depends on the JDK. Internal: not exported.
 *
 * <p><b>Streams.</b> A draw reads bounded integers from a named stream. The stream for a seed and a
 * label is the {@code java.util.Random} linear congruential generator (as its javadoc specifies,
 * implemented here) seeded with the first 8 bytes, read big-endian, of SHA-256 over the UTF-8 bytes
 * of {@code seed + "\u0000" + label}, where {@code seed} is the seed's decimal text (as {@code
 * Seed.toString()} writes it). Distinct labels give independent-looking streams, and every bit of
 * the seed matters.
 *
 * <p><b>Draw.</b> {@link #choose(List, int, long, String)} is a partial Fisher–Yates shuffle: for
 * {@code i = 0 .. count-1}, {@code j = i + nextInt(size - i)}, swap positions {@code i} and {@code
 * j}, and position {@code i} is the {@code i}-th item drawn. Every subset of {@code count} items is
 * equally likely, and the result depends only on the list's order, the seed and the label; callers
 * sort first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UniformDraws {

  private UniformDraws() {}

  /**
   * Chooses items uniformly at random without replacement, in draw order.
   *
   * @param <T> the item type
   * @param items the items, in a canonical order (sort them first); not null, no null items
   * @param count how many to choose, from 0 to {@code items.size()}
   * @param seed the seed's value ({@code Seed.value()})
   * @param label names the stream, such as {@code "moderation/1\u0000random-share"}; not null
   * @return the chosen items in draw order, unmodifiable
   * @throws IllegalArgumentException if the count is negative or more than the number of items
   */
  public static <T> List<T> choose(List<? extends T> items, int count, long seed, String label) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(label, "label");
    if (count < 0 || count > items.size()) {
      throw new IllegalArgumentException(
          "count must be from 0 to " + items.size() + " (the number of items): " + count);
    }
    int[] order = new int[items.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    partialShuffle(order, order.length, count, stream(seed, label));
    List<T> chosen = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      chosen.add(Objects.requireNonNull(items.get(order[i]), "item"));
    }
    return Collections.unmodifiableList(chosen);
  }

  /**
   * Shuffles the first {@code count} positions of {@code a[0 .. size)} by partial Fisher–Yates.
   *
   * @param a the positions, shuffled in place; not null
   * @param size how many positions take part, at most {@code a.length}
   * @param count how many positions to draw, from 0 to {@code size}
   * @param random the stream; not null
   */
  public static void partialShuffle(int[] a, int size, int count, Lcg48 random) {
    partialShuffle(a, 0, size, count, random);
  }

  /**
   * Shuffles the first {@code count} positions of {@code a[from .. from + size)} by partial
   * Fisher–Yates, as {@link #partialShuffle(int[], int, int, Lcg48)} does the first {@code size}
   * positions of an array.
   *
   * @param a the positions, shuffled in place; not null
   * @param from the first position taking part
   * @param size how many positions take part, from {@code from}
   * @param count how many positions to draw, from 0 to {@code size}
   * @param random the stream; not null
   */
  public static void partialShuffle(int[] a, int from, int size, int count, Lcg48 random) {
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(size - i);
      int t = a[from + i];
      a[from + i] = a[from + j];
      a[from + j] = t;
    }
  }

  /**
   * Derives the stream for a seed and a label, as the class javadoc specifies.
   *
   * @param seed the seed's value ({@code Seed.value()})
   * @param label names the stream; not null
   * @return a new stream, for one draw
   */
  public static Lcg48 stream(long seed, String label) {
    byte[] digest =
        Sha256.newDigest()
            .digest((Long.toString(seed) + "\u0000" + label).getBytes(StandardCharsets.UTF_8));
    long derived = 0;
    for (int i = 0; i < 8; i++) {
      derived = (derived << 8) | (digest[i] & 0xFF);
    }
    return new Lcg48(derived);
  }
}
