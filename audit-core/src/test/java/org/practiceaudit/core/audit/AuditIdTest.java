package org.practiceaudit.core.audit;

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

final class AuditIdTest {

  private static final String SIXTY_FOUR =
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

  @Nested
  final class Factories {

    @ParameterizedTest
    @ValueSource(strings = {"A-2026-001", "7", "x.y_z-1", "A-", "0_", "a.", SIXTY_FOUR})
    void of_validText_keepsText(String text) {
      assertThat(AuditId.of(text).value()).isEqualTo(text);
      assertThat(AuditId.of(text).toString()).isEqualTo(text);
      assertThat(AuditId.parse(text)).isEqualTo(AuditId.of(text));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          " ",
          " A-2026-001",
          "A-2026-001 ",
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
      assertThatThrownBy(() -> AuditId.of(text))
          .isInstanceOf(AuditParseException.class)
          .hasMessage(
              "invalid audit id '"
                  + text
                  + "'; expected 1 to 64 letters, digits, '.', '_' or '-',"
                  + " starting with a letter or digit")
          .extracting(e -> ((AuditParseException) e).rejectedText())
          .isEqualTo(text);
      assertThatThrownBy(() -> AuditId.parse(text)).isInstanceOf(AuditParseException.class);
    }

    @Test
    void of_null_throwsNamingValue() {
      assertThatNullPointerException().isThrownBy(() -> AuditId.of(null)).withMessage("value");
      assertThatNullPointerException().isThrownBy(() -> AuditId.parse(null));
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_sameText_equalCaseSensitively() {
      assertThat(AuditId.of("A-2026-001"))
          .isEqualTo(AuditId.of("A-2026-001"))
          .hasSameHashCodeAs(AuditId.of("A-2026-001"));
      assertThat(AuditId.of("A-2026-001"))
          .isNotEqualTo(AuditId.of("A-2026-001".toLowerCase(java.util.Locale.ROOT)));
      assertThat(AuditId.of("A-2026-001")).isNotEqualTo("A-2026-001");
    }

    @Test
    void compareTo_anyIds_orderedByText() {
      assertThat(AuditId.of("A-1").compareTo(AuditId.of("A-2"))).isNegative();
      assertThat(AuditId.of("b").compareTo(AuditId.of("a"))).isPositive();
      assertThat(AuditId.of("a").compareTo(AuditId.of("a"))).isZero();
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
                  AuditId.parse(AuditId.of(text).toString()).equals(AuditId.of(text))
                      && AuditId.of(text).value().equals(text));
    }

    @Test
    void of_arbitraryText_acceptedExactlyWhenWellFormed() {
      qt().withFixedSeed(32L)
          .withExamples(2000)
          .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 70))
          .checkAssert(
              text -> {
                if (text.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                  assertThat(AuditId.of(text).value()).isEqualTo(text);
                } else {
                  assertThatThrownBy(() -> AuditId.of(text))
                      .isInstanceOf(AuditParseException.class)
                      .extracting(e -> ((AuditParseException) e).rejectedText())
                      .isEqualTo(text);
                }
              });
    }
  }
}
