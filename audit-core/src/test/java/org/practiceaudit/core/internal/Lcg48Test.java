package org.practiceaudit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks our implementation of the specified generator against the JDK's java.util.Random
 * (the oracle).
 */
final class Lcg48Test {

  @Test
  void nextInt_anySeedAndBound_matchesJavaUtilRandom() {
    qt().withFixedSeed(41L)
        .withExamples(2000)
        .forAll(longs().all(), integers().between(1, Integer.MAX_VALUE))
        .checkAssert(
            (seed, bound) -> {
              Lcg48 ours = new Lcg48(seed);
              Random jdk = new Random(seed);
              for (int i = 0; i < 50; i++) {
                assertThat(ours.nextInt(bound)).isEqualTo(jdk.nextInt(bound));
              }
            });
  }

  @Test
  void nextInt_smallAndPowerOfTwoBounds_matchJavaUtilRandom() {
    int[] bounds = {1, 2, 3, 4, 7, 16, 100, 1 << 20, (1 << 30) + 1, Integer.MAX_VALUE};
    for (long seed : new long[] {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 20261124L}) {
      for (int bound : bounds) {
        Lcg48 ours = new Lcg48(seed);
        Random jdk = new Random(seed);
        for (int i = 0; i < 200; i++) {
          assertThat(ours.nextInt(bound))
              .as("seed %d bound %d draw %d", seed, bound, i)
              .isEqualTo(jdk.nextInt(bound));
        }
      }
    }
  }

  @Test
  void nextAndNextLong_anySeed_matchJavaUtilRandom() {
    qt().withFixedSeed(42L)
        .withExamples(1000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Lcg48 ours = new Lcg48(seed);
              Random jdk = new Random(seed);
              assertThat(ours.next(32)).isEqualTo(jdk.nextInt());
              assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
            });
  }

  @Test
  void nextInt_nonPositiveBound_throws() {
    assertThatThrownBy(() -> new Lcg48(1).nextInt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
