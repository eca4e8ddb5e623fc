package org.practiceaudit.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.AuditParseException;
import org.quicktheories.core.Gen;

final class ScoreScaleTest {

  private static final ScoreScale DORSET =
      ScoreScale.of(1, 10).withAnchor(1, "no evidence found").withAnchor(10, "good evidence found");

  /** Any integer at all, so that out-of-range bounds are generated too. */
  private static Gen<Integer> anyInt() {
    return integers().all();
  }

  /** Valid bounds, across the whole allowed range. */
  private static Gen<ScoreScale> scales() {
    Gen<Integer> bound = integers().between(-999_999, 999_999);
    return bound
        .zip(bound, (a, b) -> new int[] {a, b})
        .assuming(ab -> ab[0] != ab[1])
        .map(ab -> ScoreScale.of(Math.min(ab[0], ab[1]), Math.max(ab[0], ab[1])));
  }

  @Nested
  final class Factories {

    @Test
    void of_dorset_boundsAndAnchors() {
      assertThat(DORSET.min()).isEqualTo(1);
      assertThat(DORSET.max()).isEqualTo(10);
      assertThat(DORSET.anchors())
          .containsExactly(
              java.util.Map.entry(1, "no evidence found"),
              java.util.Map.entry(10, "good evidence found"));
      assertThat(DORSET.toString()).isEqualTo("1-10");
    }

    @Test
    void of_extremeBounds_accepted() {
      assertThat(ScoreScale.of(-999_999, 999_999).toString()).isEqualTo("-999999-999999");
    }

    @ParameterizedTest
    @CsvSource({"5,5", "5,4", "0,-1"})
    void of_maxNotAboveMin_throwsQuotingBounds(int min, int max) {
      assertThatThrownBy(() -> ScoreScale.of(min, max))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a score scale's maximum must exceed its minimum: " + min + "-" + max);
    }

    @ParameterizedTest
    @CsvSource({
      "-1000000,0",
      "0,1000000",
      "-2147483648,0",
      "0,2147483647",
      "-2147483648,-2147483647"
    })
    void of_boundOutOfRange_throwsQuotingBounds(int min, int max) {
      assertThatThrownBy(() -> ScoreScale.of(min, max))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("score bounds must be from -999999 to 999999: " + min + "-" + max);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "1-10|1|10",
          " 0 - 4 |0|4",
          "-5--1|-5|-1",
          "-3-3|-3|3",
          "999998-999999|999998|999999"
        })
    void parse_valid_bounds(String text, int min, int max) {
      assertThat(ScoreScale.parse(text)).isEqualTo(ScoreScale.of(min, max));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "10",
          "10-1",
          "5-5",
          "1..10",
          "a-b",
          "1-10-",
          "1 to 10",
          "1-1000000",
          "-1000000-0"
        })
    void parse_invalid_throwsQuotingTextAndForm(String text) {
      assertThatThrownBy(() -> ScoreScale.parse(text))
          .isInstanceOf(AuditParseException.class)
          .hasMessage(
              "invalid score scale '"
                  + text
                  + "'; expected MIN-MAX with MIN < MAX, such as '1-10'");
    }

    @Test
    void parse_null_throwsNamingText() {
      assertThatNullPointerException().isThrownBy(() -> ScoreScale.parse(null)).withMessage("text");
    }
  }

  @Nested
  final class Anchors {

    @Test
    void withAnchor_sameMeaning_returnsThis() {
      assertThat(DORSET.withAnchor(1, "no evidence found")).isSameAs(DORSET);
    }

    @Test
    void withAnchor_newMeaning_replacesWithoutChangingOriginal() {
      ScoreScale changed = DORSET.withAnchor(1, "none");
      assertThat(changed.anchors()).containsEntry(1, "none");
      assertThat(DORSET.anchors()).containsEntry(1, "no evidence found");
      assertThat(changed).isNotEqualTo(DORSET);
    }

    @Test
    void withAnchor_outsideScale_throwsWithRange() {
      assertThatThrownBy(() -> DORSET.withAnchor(11, "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("score must be from 1 to 10: 11");
    }

    @Test
    void withAnchor_blankMeaning_throws() {
      assertThatThrownBy(() -> DORSET.withAnchor(5, " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("anchor meaning must not be blank for score 5");
    }

    @Test
    void withAnchor_nullMeaning_throwsNamingMeaning() {
      assertThatNullPointerException()
          .isThrownBy(() -> DORSET.withAnchor(5, null))
          .withMessage("meaning");
    }

    @Test
    void anchors_modified_throws() {
      assertThatThrownBy(() -> DORSET.anchors().put(2, "x"))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  /** Seed-fidelity review D4: Dorset scores every domain, "1 being no evidence found". */
  @Nested
  final class NotApplicable {

    @Test
    void D4_of_allowsNotApplicableByDefault() {
      assertThat(ScoreScale.of(1, 10).allowsNotApplicable()).isTrue();
    }

    @Test
    void D4_withoutNotApplicable_forbidsItKeepsBoundsAndAnchorsAndDiffers() {
      ScoreScale dorset = ScoreScale.of(1, 10).withAnchor(1, "no evidence found");
      ScoreScale strict = dorset.withoutNotApplicable();

      assertThat(strict.allowsNotApplicable()).isFalse();
      assertThat(strict.anchors()).isEqualTo(dorset.anchors());
      assertThat(strict.toString()).isEqualTo("1-10");
      assertThat(strict).isNotEqualTo(dorset).isEqualTo(dorset.withoutNotApplicable());
      assertThat(strict.hashCode()).isEqualTo(dorset.withoutNotApplicable().hashCode());
      assertThat(strict.withoutNotApplicable()).isSameAs(strict);
      assertThat(strict.withAnchor(10, "good evidence found").allowsNotApplicable()).isFalse();
    }
  }

  @Nested
  final class Queries {

    @Test
    void contains_bounds_inclusive() {
      assertThat(DORSET.contains(1)).isTrue();
      assertThat(DORSET.contains(10)).isTrue();
      assertThat(DORSET.contains(0)).isFalse();
      assertThat(DORSET.contains(11)).isFalse();
      assertThat(DORSET.requireContains(7)).isEqualTo(7);
      assertThatThrownBy(() -> DORSET.requireContains(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("score must be from 1 to 10: 0");
    }

    @Test
    void normalise_endsAndMiddle_zeroOneAndHalf() {
      assertThat(DORSET.normalise(1)).isEqualTo(0.0);
      assertThat(DORSET.normalise(10)).isEqualTo(1.0);
      assertThat(DORSET.normalise(4)).isCloseTo(1.0 / 3, within(1e-12));
      assertThatThrownBy(() -> DORSET.normalise(11)).hasMessage("score must be from 1 to 10: 11");
    }

    @Test
    void equalsAndHashCode_sameBoundsAndAnchors_equal() {
      assertThat(ScoreScale.of(1, 10))
          .isEqualTo(ScoreScale.of(1, 10))
          .hasSameHashCodeAs(ScoreScale.of(1, 10));
      assertThat(ScoreScale.of(1, 10)).isNotEqualTo(ScoreScale.of(0, 10));
      assertThat(ScoreScale.of(1, 10)).isNotEqualTo(ScoreScale.of(1, 9));
      assertThat(ScoreScale.of(1, 10)).isNotEqualTo(DORSET);
      assertThat(ScoreScale.of(1, 10)).isNotEqualTo("1-10");
    }
  }

  @Nested
  final class Properties {

    @Test
    void parse_toString_roundTripsForEveryValidScale() {
      qt().withFixedSeed(11L)
          .withExamples(2000)
          .forAll(scales())
          .check(scale -> ScoreScale.parse(scale.toString()).equals(scale));
    }

    @Test
    void of_anyBounds_eitherRoundTripsOrIsRejected() {
      qt().withFixedSeed(12L)
          .withExamples(2000)
          .forAll(anyInt(), anyInt())
          .checkAssert(
              (min, max) -> {
                boolean valid = min >= -999_999 && max <= 999_999 && min < max;
                if (valid) {
                  assertThat(ScoreScale.parse(ScoreScale.of(min, max).toString()))
                      .isEqualTo(ScoreScale.of(min, max));
                } else {
                  assertThatThrownBy(() -> ScoreScale.of(min, max))
                      .isInstanceOf(IllegalArgumentException.class);
                }
              });
    }

    @Test
    void normalise_anyScore_monotoneAndWithinUnitInterval() {
      qt().withFixedSeed(13L)
          .withExamples(1000)
          .forAll(scales(), integers().between(0, 1_000_000), integers().between(0, 1_000_000))
          .checkAssert(
              (scale, a, b) -> {
                int x = scale.min() + (int) ((long) a * (scale.max() - scale.min()) / 1_000_000);
                int y = scale.min() + (int) ((long) b * (scale.max() - scale.min()) / 1_000_000);
                assertThat(scale.normalise(x)).isBetween(0.0, 1.0);
                if (x <= y) {
                  assertThat(scale.normalise(x)).isLessThanOrEqualTo(scale.normalise(y));
                }
              });
    }
  }
}
