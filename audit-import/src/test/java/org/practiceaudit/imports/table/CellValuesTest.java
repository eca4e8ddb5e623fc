package org.practiceaudit.imports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CellValuesTest {

  @Nested
  final class Text {
    @Test
    void text_wholeNumber_noDecimalPoint() {
      assertThat(CellValues.text(new BigDecimal("12345.0"))).contains("12345");
      assertThat(CellValues.text(new BigDecimal("1.2E+4"))).contains("12000");
      assertThat(CellValues.text(BigDecimal.ZERO)).contains("0");
    }

    @Test
    void text_leadingZerosAndSpaces_kept() {
      assertThat(CellValues.text("  00123 ")).contains("00123");
      assertThat(CellValues.text("Team\u00A0 A")).contains("Team A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "#N/A", "#n/a", "N/A", "NULL", "#REF!", "-"})
    void text_nothing_empty(String text) {
      assertThat(CellValues.text(text)).isEmpty();
    }
  }

  @Nested
  final class Dates {
    private final LocalDate day = LocalDate.of(2025, 1, 6);

    @ParameterizedTest
    @ValueSource(
        strings = {
          "06/01/2025",
          "6/1/2025",
          "2025-01-06",
          "06-01-2025",
          "06.01.2025",
          "6 Jan 2025",
          "06-Jan-2025",
          "2025-01-06 00:00:00",
          "2025-01-06T13:45:00",
          "06/01/2025 09:15",
          "06/01/2025 9:15 AM",
          "45663"
        })
    void date_textForms_sameDay(String text) {
      assertThat(CellValues.date(text, false)).contains(day);
    }

    @Test
    void date_excelSerials_1900And1904() {
      assertThat(CellValues.date(new BigDecimal("45663"), false)).contains(day);
      assertThat(CellValues.date(new BigDecimal("45663.75"), false)).contains(day);
      assertThat(CellValues.date(new BigDecimal("44201"), true)).contains(day);
      assertThat(CellValues.date(new BigDecimal("1"), false)).contains(LocalDate.of(1900, 1, 1));
      assertThat(CellValues.date(new BigDecimal("61"), false)).contains(LocalDate.of(1900, 3, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2025", "Jane Smith", "2025-13-01", "tomorrow"})
    void date_unreadable_throwsWithoutContent(String text) {
      assertThatThrownBy(() -> CellValues.date(text, false))
          .isInstanceOf(CellValues.UnreadableCellException.class)
          .hasMessage(null);
    }

    @Test
    void date_nothing_empty() {
      assertThat(CellValues.date(null, false)).isEmpty();
      assertThat(CellValues.date("#N/A", false)).isEmpty();
    }
  }

  @Test
  void headers_key_toleratesCaseSpacingPunctuationQuotesCamelCase() {
    assertThat(Headers.key("Child Unique ID"))
        .isEqualTo("childuniqueid")
        .isEqualTo(Headers.key("ChildUniqueID"))
        .isEqualTo(Headers.key(" child_unique_id "))
        .isEqualTo(Headers.key("CHILD  UNIQUE-ID"));
    assertThat(Headers.key("Child\u2019s Legal Status"))
        .isEqualTo(Headers.key("Child's Legal Status"))
        .isEqualTo("childslegalstatus");
  }

  @Test
  void columns_letter_spreadsheetLetters() {
    assertThat(Columns.letter(0)).isEqualTo("A");
    assertThat(Columns.letter(25)).isEqualTo("Z");
    assertThat(Columns.letter(26)).isEqualTo("AA");
    assertThat(Columns.letter(33)).isEqualTo("AH");
    assertThat(Columns.letter(701)).isEqualTo("ZZ");
    assertThat(Columns.letter(702)).isEqualTo("AAA");
  }

  @Test
  void codes_shortCodesAndFreeText_keptOnlyTheCodes() {
    assertThat(Codes.isCode("N1")).isTrue();
    assertThat(Codes.isCode("Physical abuse")).isTrue();
    assertThat(Codes.isCode("Lives with her aunt,\nwho works nights")).isFalse();
    assertThat(Codes.isCode("x".repeat(61))).isFalse();
  }
}
