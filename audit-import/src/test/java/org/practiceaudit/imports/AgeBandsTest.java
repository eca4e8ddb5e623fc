package org.practiceaudit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AgeBandsTest {

  @ParameterizedTest
  @CsvSource({
    "0,0-4",
    "4,0-4",
    "5,5-9",
    "9,5-9",
    "10,10-15",
    "15,10-15",
    "16,16+",
    "17,16+",
    "25,16+"
  })
  void ofYears_edges_band(int years, String band) {
    assertThat(AgeBands.ofYears(years)).isEqualTo(band);
  }

  @Test
  void ofYears_negative_throwsWithValue() {
    assertThatThrownBy(() -> AgeBands.ofYears(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void of_birthdayOnTheDay_countsTheYear() {
    assertThat(AgeBands.of(LocalDate.of(2016, 3, 31), LocalDate.of(2026, 3, 31)))
        .isEqualTo("10-15");
    assertThat(AgeBands.of(LocalDate.of(2016, 4, 1), LocalDate.of(2026, 3, 31))).isEqualTo("5-9");
    assertThat(AgeBands.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 31)))
        .isEqualTo("unborn");
  }

  @Test
  void of_anyBirth_bandOfTheWholeYears() {
    LocalDate asOf = LocalDate.of(2026, 3, 31);
    qt().withFixedSeed(14L)
        .forAll(integers().between(0, 365 * 30))
        .check(
            days -> {
              LocalDate birth = asOf.minusDays(days);
              return AgeBands.of(birth, asOf)
                  .equals(AgeBands.ofYears(birth.until(asOf).getYears()));
            });
  }
}
