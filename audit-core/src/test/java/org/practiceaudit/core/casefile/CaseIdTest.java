package org.practiceaudit.core.casefile;

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

final class CaseIdTest {

  private static final String SIXTY_FOUR =
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

  @Nested
  final class Factories {

    @ParameterizedTest
    @ValueSource(strings = {"C-000123", "7", "x.y_z-1", "A-", "0_", "a.", SIXTY_FOUR})
    void of_validText_keepsText(String text) {
      assertThat(CaseId.of(text).value()).isEqualTo(text);
      assertThat(CaseId.of(text).toString()).isEqualTo(text);
      assertThat(CaseId.parse(text)).isEqualTo(CaseId.of(text));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          " ",
          " C-000123",
          "C-000123 ",
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
      assertThatThrownBy(() -> CaseId.of(text))
          .isInstanceOf(AuditParseException.class)
          .hasMessage(
              "invalid case id '"
                  + text
                  + "'; expected 1 to 64 letters, digits, '.', '_' or '-',"
                  + " starting with a letter or digit")
          .extracting(e -> ((AuditParseException) e).rejectedText())
          .isEqualTo(text);
      assertThatThrownBy(() -> CaseId.parse(text)).isInstanceOf(AuditParseException.class);
    }

    @Test
    void of_null_throwsNamingValue() {
      assertThatNullPointerException().isThrownBy(() -> CaseId.of(null)).withMessage("value");
      assertThatNullPointerException().isThrownBy(() -> CaseId.parse(null));
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_sameText_equalCaseSensitively() {
      assertThat(CaseId.of("C-000123"))
          .isEqualTo(CaseId.of("C-000123"))
          .hasSameHashCodeAs(CaseId.of("C-000123"));
      assertThat(CaseId.of("C-000123"))
          .isNotEqualTo(CaseId.of("C-000123".toLowerCase(java.util.Locale.ROOT)));
      assertThat(CaseId.of("C-000123")).isNotEqualTo("C-000123");
    }

    @Test
    void compareTo_anyIds_orderedByText() {
      assertThat(CaseId.of("A-1").compareTo(CaseId.of("A-2"))).isNegative();
      assertThat(CaseId.of("b").compareTo(CaseId.of("a"))).isPositive();
      assertThat(CaseId.of("a").compareTo(CaseId.of("a"))).isZero();
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
                  CaseId.parse(CaseId.of(text).toString()).equals(CaseId.of(text))
                      && CaseId.of(text).value().equals(text));
    }

    @Test
    void of_arbitraryText_acceptedExactlyWhenWellFormed() {
      qt().withFixedSeed(32L)
          .withExamples(2000)
          .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 70))
          .checkAssert(
              text -> {
                if (text.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                  assertThat(CaseId.of(text).value()).isEqualTo(text);
                } else {
                  assertThatThrownBy(() -> CaseId.of(text))
                      .isInstanceOf(AuditParseException.class)
                      .extracting(e -> ((AuditParseException) e).rejectedText())
                      .isEqualTo(text);
                }
              });
    }
  }
}
