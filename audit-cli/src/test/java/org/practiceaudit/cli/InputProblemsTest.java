package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The problems of a command: listed the same whether or not those past the limit are dropped as
 * added.
 */
final class InputProblemsTest {

  private static final InputProblems.Kind DATE =
      InputProblems.Kind.in("opened_on", "bad date", "bad dates");
  private static final InputProblems.Kind ID =
      InputProblems.Kind.in("case_id", "bad id", "bad ids");

  /** Today's listing, computed from every problem held: what the bounded holding must equal. */
  private static List<String> expected(List<int[]> added) {
    List<int[]> sorted = new ArrayList<>(added);
    sorted.sort(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> p[1]));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < sorted.size() && i < InputProblems.LIMIT; i++) {
      lines.add(text(sorted.get(i)));
    }
    if (sorted.size() > InputProblems.LIMIT) {
      Map<InputProblems.Kind, Long> rest = new LinkedHashMap<>();
      sorted
          .subList(InputProblems.LIMIT, sorted.size())
          .forEach(p -> rest.merge(kind(p), 1L, Long::sum));
      List<String> counts = new ArrayList<>();
      rest.forEach((k, n) -> counts.add(k.count(n)));
      lines.add(
          String.format(Locale.UK, "… and %,d more: ", sorted.size() - InputProblems.LIMIT)
              + String.join(", ", counts));
    }
    return lines;
  }

  private static InputProblems.Kind kind(int[] p) {
    return p[1] % 2 == 0 ? DATE : ID;
  }

  private static String text(int[] p) {
    return "cases.csv: line " + p[0] + ", column " + (p[1] + 1) + ": problem " + p[0] + "/" + p[1];
  }

  private static void add(InputProblems problems, int[] p) {
    problems.add("cases.csv", p[0], p[1] + 1, "", kind(p), "problem " + p[0] + "/" + p[1]);
  }

  @Nested
  final class Bounded {

    @Test
    void lines_manyProblemsInAnyOrder_sameAsHoldingThemAll() {
      qt().withExamples(60)
          .forAll(lists().of(integers().between(1, 3000)).ofSizeBetween(0, 2500))
          .checkAssert(
              lines -> {
                List<int[]> added = new ArrayList<>();
                InputProblems problems = new InputProblems();
                for (int i = 0; i < lines.size(); i++) {
                  int[] p = {lines.get(i), i % 5};
                  added.add(p);
                  add(problems, p);
                }
                assertThat(problems.lines()).isEqualTo(expected(added));
                assertThat(problems.count()).isEqualTo(lines.size());
              });
    }

    @Test
    void lines_millionBadRows_listsHundredAndCountsTheRest() {
      InputProblems problems = new InputProblems();
      for (int line = 2; line < 1_000_002; line++) {
        problems.add("cases.csv", line, 5, "opened_on", DATE, "bad");
      }

      List<String> lines = problems.lines();

      assertThat(lines).hasSize(InputProblems.LIMIT + 1);
      assertThat(lines.get(0)).isEqualTo("cases.csv: line 2, column 5 (opened_on): bad");
      assertThat(lines.get(InputProblems.LIMIT))
          .isEqualTo("… and 999,900 more: 999,900 bad dates in column opened_on");
    }
  }

  @Nested
  final class RollBack {

    @Test
    void rollBack_afterManyProblemsDropped_leavesOnlyThoseBeforeTheMark() {
      InputProblems problems = new InputProblems();
      List<int[]> before = new ArrayList<>();
      for (int line = 5000; line < 5150; line++) {
        int[] p = {line, 0};
        before.add(p);
        add(problems, p);
      }
      problems.mark();
      problems.warn("taken back");
      for (int line = 1; line < 4000; line++) {
        add(problems, new int[] {line, 1});
      }

      problems.rollBack();

      assertThat(problems.lines()).isEqualTo(expected(before));
      assertThat(problems.count()).isEqualTo(150);
      assertThat(problems.warnings()).isEmpty();
    }
  }
}
