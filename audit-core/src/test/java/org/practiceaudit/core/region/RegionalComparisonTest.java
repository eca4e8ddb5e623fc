package org.practiceaudit.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

final class RegionalComparisonTest {

  /**
   * audits, completed, on time, late, overdue, pending, scored, graded, good or better, below good.
   */
  private static PartFigures part(String name, long... c) {
    Map<Figure, Long> counts = new EnumMap<>(Figure.class);
    Figure[] figures = Figure.values();
    for (int i = 0; i < figures.length; i++) {
      counts.put(figures[i], i < c.length ? c[i] : 0L);
    }
    return ImmutablePartFigures.builder()
        .name(name)
        .putAllCounts(counts)
        .average(OptionalDouble.of(2.5))
        .build();
  }

  private static final PartFigures NORTH = part("north", 20, 18, 16, 2, 1, 1, 18, 18, 10, 8);
  private static final PartFigures SOUTH = part("south", 30, 30, 30, 0, 0, 0, 30, 30, 20, 10);
  private static final PartFigures WHOLE = part("region", 50, 48, 46, 2, 1, 1, 48, 48, 30, 18);

  @Test
  void of_noRule_everythingPublished() {
    RegionalComparison c =
        RegionalComparison.of(List.of(NORTH, SOUTH), WHOLE, SmallCountSuppression.none());

    assertThat(c.rows()).containsExactly(NORTH, SOUTH, WHOLE);
    assertThat(c.published(0, Figure.COMPLETED_LATE)).hasValue(2);
    assertThat(c.compliance(2)).hasValue(46.0 / 50);
    assertThat(c.goodOrBetter(0)).hasValue(10.0 / 18);
    assertThat(c.average(1)).hasValue(2.5);
  }

  @Test
  void of_suppressBelowFive_smallCountsAndWhatGivesThemAwayHidden() {
    RegionalComparison c =
        RegionalComparison.of(List.of(NORTH, SOUTH), WHOLE, SmallCountSuppression.below(5));

    // North's 2 late, 1 overdue and 1 pending are small; the whole's are the same counts (south has
    // none).
    assertThat(c.isHidden(0, Figure.COMPLETED_LATE)).isTrue();
    assertThat(c.isHidden(0, Figure.OVERDUE)).isTrue();
    assertThat(c.isHidden(2, Figure.COMPLETED_LATE)).isTrue();
    // 20 audits - 16 on time would give away 4 not on time: north's on-time count goes too.
    assertThat(c.isHidden(0, Figure.COMPLETED_ON_TIME)).isTrue();
    assertThat(c.compliance(0)).isEmpty();
    // South's figures are large and none of its relations holds a hidden count.
    assertThat(c.published(1, Figure.AUDITS)).hasValue(30);
    assertThat(c.goodOrBetter(1)).hasValue(20.0 / 30);
    assertThat(c.published(0, Figure.GRADED)).hasValue(18);
  }

  @Test
  void of_wholeNotTheSumOfParts_throwsNamingTheFigure() {
    assertThatThrownBy(
            () -> RegionalComparison.of(List.of(NORTH), SOUTH, SmallCountSuppression.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the parts' audits add up to 20, the whole's is 30");
  }

  @Test
  void of_twoPartsWithOneName_throws() {
    assertThatThrownBy(
            () ->
                RegionalComparison.of(
                    List.of(NORTH, NORTH),
                    part("x", 40, 36, 32, 4, 2, 2, 36, 36, 20, 16),
                    SmallCountSuppression.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two parts are named 'north'");
  }

  @Test
  void of_noParts_throws() {
    assertThatThrownBy(() -> RegionalComparison.of(List.of(), WHOLE, SmallCountSuppression.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_nulls_rejectedByName() {
    assertThatThrownBy(() -> RegionalComparison.of(null, WHOLE, SmallCountSuppression.none()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parts");
    assertThatThrownBy(
            () -> RegionalComparison.of(List.of(NORTH), null, SmallCountSuppression.none()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("whole");
    assertThatThrownBy(() -> RegionalComparison.of(List.of(NORTH), NORTH, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule");
  }

  @Test
  void isHidden_rowOutOfRange_throws() {
    RegionalComparison c =
        RegionalComparison.of(List.of(NORTH, SOUTH), WHOLE, SmallCountSuppression.none());

    assertThatThrownBy(() -> c.isHidden(3, Figure.AUDITS))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void partFigures_negativeCount_throwsNamingIt() {
    assertThatThrownBy(() -> part("bad", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("part 'bad': audits must be a count of 0 or more: -1");
  }
}
