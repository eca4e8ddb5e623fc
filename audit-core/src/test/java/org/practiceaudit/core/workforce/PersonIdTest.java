package org.practiceaudit.core.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.TestGenerators;

final class PersonIdTest {

  private static final String SIXTY_FOUR =
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

  @Nested
  final class Factories {

    @ParameterizedTest
    @ValueSource(strings = {"W-0042", "7", "x.y_z-1", "A-", "0_", "a.", SIXTY_FOUR})
    void of_validText_keepsText(String text) {
      assertThat(PersonId.of(text).value()).isEqualTo(text);
      assertThat(PersonId.of(text).toString()).isEqualTo(text);
      assertThat(PersonId.parse(text)).isEqualTo(PersonId.of(text));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          " ",
          " W-0042",
          "W-0042 ",
          "-x",
          ".x",
          "_x",
          "a b",
          "a/b",
          "a#1",
          "é1",
          SIXTY_FOUR + "a"
        })
    void of_invalidText_throwsQuotingTextAndForm(String text) {
      assertThatThrownBy(() -> PersonId.of(text))
          .isInstanceOf(AuditParseException.class)
          .hasMessage(
              "invalid person id '"
                  + text
                  + "'; expected 1 to 64 letters, digits, '.', '_' or '-',"
                  + " starting with a letter or digit")
          .extracting(e -> ((AuditParseException) e).rejectedText())
          .isEqualTo(text);
      assertThatThrownBy(() -> PersonId.parse(text)).isInstanceOf(AuditParseException.class);
    }

    @Test
    void of_null_throwsNamingValue() {
      assertThatNullPointerException().isThrownBy(() -> PersonId.of(null)).withMessage("value");
      assertThatNullPointerException().isThrownBy(() -> PersonId.parse(null));
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_sameText_equalCaseSensitively() {
      assertThat(PersonId.of("W-0042"))
          .isEqualTo(PersonId.of("W-0042"))
          .hasSameHashCodeAs(PersonId.of("W-0042"));
      assertThat(PersonId.of("W-0042"))
          .isNotEqualTo(PersonId.of("W-0042".toLowerCase(java.util.Locale.ROOT)));
      assertThat(PersonId.of("W-0042")).isNotEqualTo("W-0042");
    }

    @Test
    void compareTo_anyIds_orderedByText() {
      assertThat(PersonId.of("A-1").compareTo(PersonId.of("A-2"))).isNegative();
      assertThat(PersonId.of("b").compareTo(PersonId.of("a"))).isPositive();
      assertThat(PersonId.of("a").compareTo(PersonId.of("a"))).isZero();
    }
  }

  @Nested
  final class Properties {

    @Test
    void parse_toString_roundTripsForEveryValidId() {
      qt().withFixedSeed(31L)
          .withExamples(2000)
          .forAll(TestGenerators.idTexts())
          .check(
              text ->
                  PersonId.parse(PersonId.of(text).toString()).equals(PersonId.of(text))
                      && PersonId.of(text).value().equals(text));
    }

    @Test
    void of_arbitraryText_acceptedExactlyWhenWellFormed() {
      qt().withFixedSeed(32L)
          .withExamples(2000)
          .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 70))
          .checkAssert(
              text -> {
                if (text.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                  assertThat(PersonId.of(text).value()).isEqualTo(text);
                } else {
                  assertThatThrownBy(() -> PersonId.of(text))
                      .isInstanceOf(AuditParseException.class)
                      .extracting(e -> ((AuditParseException) e).rejectedText())
                      .isEqualTo(text);
                }
              });
    }
  }
}
