package org.practiceaudit.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** SYNTHETIC ids only. */
final class SortedIdsTest {

  private static final String ALPHABET =
      "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

  /**
   * Ids of 1 to 64 characters from the whole case id alphabet, often sharing long prefixes (so runs
   * reach the deeper words) and often repeated (so stability and duplicates are exercised).
   */
  private static Gen<String> ids() {
    Gen<String> prefix =
        integers()
            .between(0, 3)
            .map(p -> List.of("", "SYN-", "SYN-00000000", "A".repeat(40)).get(p));
    Gen<String> tail =
        lists()
            .of(integers().between(0, ALPHABET.length() - 1))
            .ofSizeBetween(0, 30)
            .map(
                cs ->
                    cs.stream()
                        .map(c -> String.valueOf(ALPHABET.charAt(c)))
                        .reduce("", String::concat));
    return prefix.zip(
        tail,
        (p, t) -> {
          String id = p + t;
          return id.isEmpty() ? "0" : id.substring(0, Math.min(64, id.length()));
        });
  }

  @Test
  void of_anyIds_ordersAsStringCompareToStably() {
    qt().withFixedSeed(20261124L)
        .withExamples(300)
        .forAll(lists().of(ids()).ofSizeBetween(0, 400))
        .checkAssert(
            ids -> {
              String[] given = ids.toArray(new String[0]);
              SortedIds sorted = SortedIds.of(given);

              List<Integer> expected =
                  IntStream.range(0, given.length)
                      .boxed()
                      .sorted(
                          Comparator.comparing(
                              (Integer p) -> given[p])) // stable: equal ids in input order
                      .toList();
              List<Integer> actual = new ArrayList<>();
              for (int rank = 0; rank < given.length; rank++) {
                actual.add(sorted.position(rank));
              }
              assertThat(actual).isEqualTo(expected);
            });
  }

  @Test
  void sameIdLengthAndCopy_anyIds_agreeWithTheText() {
    qt().withFixedSeed(43L)
        .withExamples(300)
        .forAll(lists().of(ids()).ofSizeBetween(1, 200))
        .checkAssert(
            ids -> {
              String[] given = ids.toArray(new String[0]);
              SortedIds sorted = SortedIds.of(given);
              for (int rank = 0; rank < given.length; rank++) {
                String id = given[sorted.position(rank)];
                byte[] copy = new byte[sorted.length(rank) + 2];
                sorted.copyId(rank, copy, 1);
                assertThat(new String(copy, 1, copy.length - 2, StandardCharsets.US_ASCII))
                    .isEqualTo(id);
                if (rank > 0) {
                  assertThat(sorted.sameId(rank - 1, rank))
                      .isEqualTo(given[sorted.position(rank - 1)].equals(id));
                }
              }
            });
  }

  @Test
  void of_largeShuffledNumericIds_givesNumericOrder() {
    int size = 20_000;
    List<Integer> numbers = new ArrayList<>(IntStream.range(0, size).boxed().toList());
    Collections.shuffle(numbers, new Random(7));
    String[] given = numbers.stream().map(n -> String.format("SYN-%08d", n)).toArray(String[]::new);

    SortedIds sorted = SortedIds.of(given);

    String[] inOrder = new String[size];
    for (int rank = 0; rank < size; rank++) {
      inOrder[rank] = given[sorted.position(rank)];
    }
    String[] expected = given.clone();
    Arrays.sort(expected);
    assertThat(inOrder).containsExactly(expected);
  }
}
