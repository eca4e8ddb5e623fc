package org.practiceaudit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class UniformDrawsTest {

  @Test
  void choose_anyCount_returnsThatManyDistinctItemsReproducibly() {
    qt().withFixedSeed(43L)
        .withExamples(500)
        .forAll(integers().between(0, 300), integers().between(0, 300), longs().all())
        .checkAssert(
            (size, countOrMore, seed) -> {
              int count = countOrMore % (size + 1);
              List<Integer> items = IntStream.range(0, size).boxed().toList();
              List<Integer> chosen = UniformDraws.choose(items, count, seed, "test");
              assertThat(chosen).hasSize(count).doesNotHaveDuplicates().isSubsetOf(items);
              assertThat(UniformDraws.choose(items, count, seed, "test")).isEqualTo(chosen);
            });
  }

  @Test
  void choose_differentLabels_giveDifferentStreams() {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    assertThat(UniformDraws.choose(items, 10, 1L, "a"))
        .isNotEqualTo(UniformDraws.choose(items, 10, 1L, "b"));
  }

  @Test
  void choose_countOutOfRange_throwsWithCount() {
    assertThatThrownBy(() -> UniformDraws.choose(List.of(1, 2), 3, 1L, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3");
    assertThatThrownBy(() -> UniformDraws.choose(List.of(1, 2), -1, 1L, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
