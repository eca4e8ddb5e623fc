package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class IdLinesTest {

  @Test
  void putIfAbsent_anyIds_agreesWithAHashMap() {
    qt().withFixedSeed(17L)
        .withExamples(200)
        .forAll(
            lists()
                .of(strings().betweenCodePoints('-', 'z').ofLengthBetween(1, 6))
                .ofSizeBetween(0, 3000))
        .checkAssert(
            ids -> {
              IdLines lines = new IdLines();
              Map<String, Long> expected = new HashMap<>();
              for (int i = 0; i < ids.size(); i++) {
                Long first = expected.putIfAbsent(ids.get(i), (long) i + 2);
                assertThat(lines.putIfAbsent(ids.get(i), i + 2))
                    .isEqualTo(first == null ? -1 : first);
              }
              assertThat(lines.size()).isEqualTo(expected.size());
            });
  }

  @Test
  void putIfAbsent_manyIdsWithACommonPrefix_findsEachDuplicate() {
    qt().withFixedSeed(18L)
        .withExamples(5)
        .forAll(integers().between(1, 200_000))
        .checkAssert(
            count -> {
              IdLines lines = new IdLines();
              for (int i = 0; i < count; i++) {
                assertThat(lines.putIfAbsent(String.format("syn-u%07d", i), i + 2)).isEqualTo(-1);
              }
              assertThat(lines.putIfAbsent(String.format("syn-u%07d", count - 1), count + 2))
                  .isEqualTo(count + 1);
              assertThat(lines.putIfAbsent("syn-u", 0)).isEqualTo(-1);
            });
  }
}
