package org.practiceaudit.core.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class GradeTest {

  private static final GradeScale OFSTED = GradeScale.ofsted();
  private static final Grade OUTSTANDING = OFSTED.ofRank(0);
  private static final Grade GOOD = OFSTED.ofRank(1);
  private static final Grade RI = OFSTED.ofRank(2);
  private static final Grade INADEQUATE = OFSTED.ofRank(3);

  @Nested
  final class Accessors {

    @Test
    void accessors_good_scaleRankLabel() {
      assertThat(GOOD.scaleId()).isEqualTo("ofsted");
      assertThat(GOOD.rank()).isEqualTo(1);
      assertThat(GOOD.label()).isEqualTo("Good");
      assertThat(GOOD.toString()).isEqualTo("Good");
    }
  }

  @Nested
  final class Comparison {

    @Test
    void compareTo_betterGrade_isGreater() {
      List<Grade> sorted = new ArrayList<>(List.of(RI, OUTSTANDING, INADEQUATE, GOOD));
      sorted.sort(null);
      assertThat(sorted).containsExactly(INADEQUATE, RI, GOOD, OUTSTANDING);
      assertThat(GOOD.compareTo(GOOD)).isZero();
    }

    @Test
    void isBetterThanAndIsAtLeast_anyPair_agreeWithRanks() {
      assertThat(GOOD.isBetterThan(RI)).isTrue();
      assertThat(RI.isBetterThan(GOOD)).isFalse();
      assertThat(GOOD.isBetterThan(GOOD)).isFalse();
      assertThat(GOOD.isAtLeast(GOOD)).isTrue();
      assertThat(GOOD.isAtLeast(OUTSTANDING)).isFalse();
      assertThat(OUTSTANDING.isAtLeast(INADEQUATE)).isTrue();
    }

    @Test
    void compareTo_otherScale_throwsNamingBothScales() {
      Grade other = GradeScale.of("report-card-5", List.of("A", "B", "C", "D", "E")).ofRank(1);
      assertThatThrownBy(() -> GOOD.compareTo(other))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot compare grades of different scales: 'ofsted' and 'report-card-5'");
      assertThatThrownBy(() -> GOOD.isBetterThan(other))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> other.isAtLeast(GOOD))
          .hasMessage("cannot compare grades of different scales: 'report-card-5' and 'ofsted'");
    }

    @Test
    void compareTo_null_throwsNamingOther() {
      assertThatNullPointerException().isThrownBy(() -> GOOD.compareTo(null)).withMessage("other");
      assertThatNullPointerException()
          .isThrownBy(() -> GOOD.isBetterThan(null))
          .withMessage("other");
      assertThatNullPointerException().isThrownBy(() -> GOOD.isAtLeast(null)).withMessage("other");
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_sameScaleRankAndLabel_equal() {
      Grade again =
          GradeScale.of(
                  "ofsted", List.of("Outstanding", "Good", "Requires Improvement", "Inadequate"))
              .ofRank(1);
      assertThat(again).isEqualTo(GOOD).hasSameHashCodeAs(GOOD);
      assertThat(GOOD).isNotEqualTo(RI);
      assertThat(GOOD)
          .isNotEqualTo(GradeScale.of("other", List.of("Outstanding", "Good")).ofRank(1));
      assertThat(GOOD)
          .isNotEqualTo(GradeScale.of("ofsted", List.of("Outstanding", "Fine")).ofRank(1));
      assertThat(GOOD).isNotEqualTo("Good");
      assertThat(GOOD).isNotEqualTo(null);
    }

    @Test
    void parse_toString_roundTrips() {
      for (Grade grade : OFSTED.grades()) {
        assertThat(OFSTED.parse(grade.toString())).isEqualTo(grade);
      }
    }
  }
}
