package org.practiceaudit.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.AuditParseException;

final class DomainScoreTest {

  @Nested
  final class Factories {

    @Test
    void of_value_isApplicable() {
      DomainScore seven = DomainScore.of(7);
      assertThat(seven.isApplicable()).isTrue();
      assertThat(seven.value()).isEqualTo(OptionalInt.of(7));
      assertThat(seven.toString()).isEqualTo("7");
    }

    @Test
    void notApplicable_value_isAbsent() {
      assertThat(DomainScore.notApplicable().isApplicable()).isFalse();
      assertThat(DomainScore.notApplicable().value()).isEmpty();
      assertThat(DomainScore.notApplicable().toString()).isEqualTo("NA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NA", "na", "N/A", "n/a", "Not Applicable", " not applicable "})
    void parse_notApplicableSpellings_returnsNotApplicable(String text) {
      assertThat(DomainScore.parse(text)).isSameAs(DomainScore.notApplicable());
    }

    @Test
    void parse_integers_givesTheScore() {
      assertThat(DomainScore.parse("7")).isEqualTo(DomainScore.of(7));
      assertThat(DomainScore.parse(" 10 ")).isEqualTo(DomainScore.of(10));
      assertThat(DomainScore.parse("-3")).isEqualTo(DomainScore.of(-3));
      assertThat(DomainScore.parse("007")).isEqualTo(DomainScore.of(7));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          " ",
          "seven",
          "7.5",
          "1e3",
          "+7",
          "N A",
          "none",
          "2147483648",
          "99999999999"
        })
    void parse_invalid_throwsQuotingText(String text) {
      assertThatThrownBy(() -> DomainScore.parse(text))
          .isInstanceOf(AuditParseException.class)
          .hasMessage("invalid score '" + text + "'; expected an integer or NA");
    }

    @Test
    void parse_null_throwsNamingText() {
      assertThatNullPointerException()
          .isThrownBy(() -> DomainScore.parse(null))
          .withMessage("text");
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_sameValueAndApplicability_equal() {
      assertThat(DomainScore.of(3))
          .isEqualTo(DomainScore.of(3))
          .hasSameHashCodeAs(DomainScore.of(3));
      assertThat(DomainScore.of(3)).isNotEqualTo(DomainScore.of(4));
      assertThat(DomainScore.of(0)).isNotEqualTo(DomainScore.notApplicable());
      assertThat(DomainScore.notApplicable()).isNotEqualTo(DomainScore.of(0));
      assertThat(DomainScore.of(-1)).isNotEqualTo(DomainScore.notApplicable());
      assertThat(DomainScore.of(3)).isNotEqualTo("3");
    }
  }

  @Nested
  final class Properties {

    @Test
    void parse_toString_roundTripsForEveryInt() {
      qt().withFixedSeed(21L)
          .withExamples(3000)
          .forAll(integers().all())
          .checkAssert(
              v ->
                  assertThat(DomainScore.parse(DomainScore.of(v).toString()))
                      .isEqualTo(DomainScore.of(v)));
    }

    @Test
    void parse_extremes_roundTrip() {
      for (int v : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1}) {
        assertThat(DomainScore.parse(DomainScore.of(v).toString())).isEqualTo(DomainScore.of(v));
      }
    }
  }
}
