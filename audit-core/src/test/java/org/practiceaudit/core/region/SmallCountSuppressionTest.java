package org.practiceaudit.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class SmallCountSuppressionTest {

  private static final SmallCountSuppression FIVE = SmallCountSuppression.below(5);

  @Nested
  final class Values {

    @Test
    void below_lessThanOne_throwsWithValue() {
      assertThatThrownBy(() -> SmallCountSuppression.below(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the suppression threshold must be 1 or more: 0");
    }

    @Test
    void below_one_isNoneAndInactive() {
      assertThat(SmallCountSuppression.below(1)).isEqualTo(SmallCountSuppression.none());
      assertThat(SmallCountSuppression.none().isActive()).isFalse();
      assertThat(FIVE.isActive()).isTrue();
    }

    @Test
    void isSmall_zeroAndThresholdShown_oneToFourHidden() {
      assertThat(FIVE.isSmall(0)).isFalse();
      assertThat(FIVE.isSmall(1)).isTrue();
      assertThat(FIVE.isSmall(4)).isTrue();
      assertThat(FIVE.isSmall(5)).isFalse();
    }

    @Test
    void parse_toString_roundTrips() {
      assertThat(SmallCountSuppression.parse(FIVE.toString())).isEqualTo(FIVE);
      assertThat(SmallCountSuppression.parse("suppress-below-1"))
          .isEqualTo(SmallCountSuppression.none());
    }

    @Test
    void parse_otherText_throwsQuotingIt() {
      assertThatThrownBy(() -> SmallCountSuppression.parse("below 5"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "not a small-count rule: 'below 5'; expected suppress-below-N, such as suppress-below-5");
      assertThatThrownBy(() -> SmallCountSuppression.parse("suppress-below-0"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void factories_null_rejectedByName() {
      assertThatThrownBy(() -> SmallCountSuppression.parse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("text");
      assertThatThrownBy(() -> FIVE.hide(null, List.of()))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("cells");
      assertThatThrownBy(() -> FIVE.hide(new long[0], null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("relations");
    }

    @Test
    void equals_sameThreshold_equal() {
      assertThat(SmallCountSuppression.below(5))
          .isEqualTo(FIVE)
          .hasSameHashCodeAs(FIVE)
          .isNotEqualTo(SmallCountSuppression.below(10));
      assertThat(FIVE).hasToString("suppress-below-5");
    }
  }

  @Nested
  final class Hide {

    @Test
    void hide_oneSmallCellInARow_alsoHidesTheSmallestOther() {
      // total 30 = 3 + 12 + 15: the 3 alone would be 30 - 12 - 15.
      boolean[] hidden =
          FIVE.hide(new long[] {30, 3, 12, 15}, List.<int[]>of(new int[] {0, 1, 2, 3}));

      assertThat(hidden).containsExactly(false, true, true, false);
    }

    @Test
    void hide_twoSmallCellsAddingUpToASmallNumber_hidesAThird() {
      // 2 + 1 = 3 is small: 40 - 20 - 17 would give it away.
      boolean[] hidden =
          FIVE.hide(new long[] {40, 2, 1, 20, 17}, List.<int[]>of(new int[] {0, 1, 2, 3, 4}));

      assertThat(hidden).containsExactly(false, true, true, false, true);
    }

    @Test
    void hide_zeroCells_shownAndNeverPickedToHide() {
      boolean[] hidden =
          FIVE.hide(new long[] {12, 0, 2, 10}, List.<int[]>of(new int[] {0, 1, 2, 3}));

      assertThat(hidden).containsExactly(false, false, true, true);
    }

    @Test
    void hide_ruleOfNone_hidesNothing() {
      boolean[] hidden =
          SmallCountSuppression.none()
              .hide(new long[] {3, 1, 2}, List.<int[]>of(new int[] {0, 1, 2}));

      assertThat(hidden).containsExactly(false, false, false);
    }

    @Test
    void hide_partsNotAddingUp_throwsWithSums() {
      assertThatThrownBy(
              () -> FIVE.hide(new long[] {10, 3, 4}, List.<int[]>of(new int[] {0, 1, 2})))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the parts of total cell 0 add up to 7, not 10");
    }

    @Test
    void hide_negativeCount_throws() {
      assertThatThrownBy(() -> FIVE.hide(new long[] {-1}, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("counts must not be negative: -1");
    }

    /**
     * The law: after suppression no small count is shown, and no relation has exactly one hidden
     * member or hidden members that a reader can add up to a small number. Tables are rows of three
     * parts and their total, and columns of those rows with their total row, as in a regional
     * comparison.
     */
    @Test
    void hide_anyTable_noRelationGivesAnythingAway() {
      qt().withFixedSeed(20261207L)
          .withExamples(2_000)
          .forAll(
              lists().of(integers().between(0, 12)).ofSizeBetween(3, 15), integers().between(2, 10))
          .check(
              (values, threshold) -> {
                int rows = values.size() / 3;
                int width = 4;
                long[] cells = new long[(rows + 1) * width];
                for (int r = 0; r < rows; r++) {
                  for (int c = 1; c < width; c++) {
                    cells[r * width + c] = values.get(r * 3 + c - 1);
                    cells[r * width] += cells[r * width + c];
                  }
                }
                for (int c = 0; c < width; c++) {
                  for (int r = 0; r < rows; r++) {
                    cells[rows * width + c] += cells[r * width + c];
                  }
                }
                List<int[]> relations = new ArrayList<>();
                for (int r = 0; r <= rows; r++) {
                  relations.add(new int[] {r * width, r * width + 1, r * width + 2, r * width + 3});
                }
                for (int c = 0; c < width; c++) {
                  int[] column = new int[rows + 1];
                  column[0] = rows * width + c;
                  for (int r = 0; r < rows; r++) {
                    column[r + 1] = r * width + c;
                  }
                  relations.add(column);
                }
                SmallCountSuppression rule = SmallCountSuppression.below(threshold);
                boolean[] hidden = rule.hide(cells, relations);
                for (int i = 0; i < cells.length; i++) {
                  if (rule.isSmall(cells[i]) && !hidden[i]) {
                    return false;
                  }
                }
                for (int[] relation : relations) {
                  int hiddenMembers = 0;
                  long residual = cells[relation[0]];
                  for (int i = 0; i < relation.length; i++) {
                    hiddenMembers += hidden[relation[i]] ? 1 : 0;
                    if (i > 0 && !hidden[relation[i]]) {
                      residual -= cells[relation[i]];
                    }
                  }
                  if (hiddenMembers == 1 || (!hidden[relation[0]] && rule.isSmall(residual))) {
                    return false;
                  }
                }
                return true;
              });
    }
  }
}
