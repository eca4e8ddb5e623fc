package org.practiceaudit.core.internal;

/**
 * The 48-bit linear congruential generator whose sequence the {@code java.util.Random} javadoc
 * specifies, written out here so that a sample never depends on the JDK that draws it.
 *
 * <p>State: 48 bits. Seeding scrambles the seed as {@code (seed ^ 0x5DEECE66DL) & ((1L << 48) -
 * 1)}. Each step is {@code state = (state * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1)} and {@code
 * next(bits)} returns the top {@code bits} bits of the new state. {@link #nextInt(int)} is the
 * javadoc's rejection method. A test checks the sequence against {@code java.util.Random} for many
 * seeds and bounds.
 *
 * <p>Internal to Practice Audit: streams are made by {@link UniformDraws#stream(long, String)}. Not
 * thread-safe: one instance per draw.
 */
public final class Lcg48 {

  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;

  private long state;

  Lcg48(long seed) {
    this.state = (seed ^ MULTIPLIER) & MASK;
  }

  int next(int bits) {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return (int) (state >>> (48 - bits));
  }

  /**
   * Returns a uniform int in [0, bound), exactly as {@code java.util.Random.nextInt(int)}
   * specifies.
   *
   * @param bound the bound, positive
   * @return the next int, from 0 to {@code bound - 1}
   * @throws IllegalArgumentException if {@code bound} is not positive
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    if ((bound & -bound) == bound) {
      return (int) ((bound * (long) next(31)) >> 31);
    }
    int bits;
    int val;
    do {
      bits = next(31);
      val = bits % bound;
    } while (bits - val + (bound - 1) < 0);
    return val;
  }

  /** Returns the next long, exactly as {@code java.util.Random.nextLong()} specifies. */
  long nextLong() {
    return ((long) next(32) << 32) + next(32);
  }
}
