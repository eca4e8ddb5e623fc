package org.practiceaudit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceaudit.core.calendar.UkDivision.ENGLAND_AND_WALES;
import static org.practiceaudit.core.calendar.UkDivision.NORTHERN_IRELAND;
import static org.practiceaudit.core.calendar.UkDivision.SCOTLAND;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practiceaudit.core.AuditException;

final class BankHolidaysTest {

  /**
   * Every bank holiday GOV.UK published for 2019 to 2027, division by division, typed in from
   * https://www.gov.uk/bank-holidays (and its bank-holidays.json), month-day.
   */
  private static final Map<UkDivision, Map<Integer, String>> GOV_UK =
      new EnumMap<>(UkDivision.class);

  static {
    Map<Integer, String> englandAndWales = new HashMap<>();
    englandAndWales.put(2019, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26");
    englandAndWales.put(2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28");
    englandAndWales.put(2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28");
    englandAndWales.put(2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27");
    englandAndWales.put(2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26");
    englandAndWales.put(2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26");
    englandAndWales.put(2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26");
    englandAndWales.put(2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28");
    englandAndWales.put(2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28");
    GOV_UK.put(ENGLAND_AND_WALES, englandAndWales);

    Map<Integer, String> scotland = new HashMap<>();
    scotland.put(2019, "01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26");
    scotland.put(2020, "01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28");
    scotland.put(2021, "01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28");
    scotland.put(2022, "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27");
    scotland.put(2023, "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26");
    scotland.put(2024, "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26");
    scotland.put(2025, "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26");
    scotland.put(2026, "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28");
    scotland.put(2027, "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28");
    GOV_UK.put(SCOTLAND, scotland);

    Map<Integer, String> northernIreland = new HashMap<>();
    northernIreland.put(2019, "01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26");
    northernIreland.put(2020, "01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28");
    northernIreland.put(2021, "01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28");
    northernIreland.put(
        2022, "01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27");
    northernIreland.put(2023, "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26");
    northernIreland.put(2024, "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26");
    northernIreland.put(2025, "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26");
    northernIreland.put(2026, "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28");
    northernIreland.put(2027, "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28");
    GOV_UK.put(NORTHERN_IRELAND, northernIreland);
  }

  private static Set<LocalDate> dates(int year, String monthDays) {
    return Arrays.stream(monthDays.split(" "))
        .map(md -> LocalDate.parse(year + "-" + md))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<LocalDate> dates(String... isoDates) {
    return Arrays.stream(isoDates)
        .map(LocalDate::parse)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Nested
  final class GovUkTable {

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void of_years2019To2027_equalGovUkListExactly(UkDivision division) {
      for (int year = 2019; year <= 2027; year++) {
        assertThat(BankHolidays.of(division, year))
            .as("%s %d", division, year)
            .containsExactlyElementsOf(dates(year, GOV_UK.get(division).get(year)));
      }
    }

    @Test
    void table_everyDivisionAndYear_covered() {
      assertThat(GOV_UK).hasSize(3);
      GOV_UK.values().forEach(years -> assertThat(years).hasSize(9));
    }
  }

  @Nested
  final class OneOffChanges {

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void of_1995_earlyMayMovedToVeDay(UkDivision division) {
      assertThat(BankHolidays.of(division, 1995))
          .contains(LocalDate.parse("1995-05-08"))
          .doesNotContain(LocalDate.parse("1995-05-01"));
    }

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void of_1999_hasMillenniumEve(UkDivision division) {
      assertThat(BankHolidays.of(division, 1999))
          .contains(LocalDate.parse("1999-12-27"), LocalDate.parse("1999-12-28"))
          .contains(LocalDate.parse("1999-12-31"));
    }

    @Test
    void of_2000_newYearSubstitutesByRule() {
      assertThat(BankHolidays.of(ENGLAND_AND_WALES, 2000).first()).isEqualTo("2000-01-03");
      assertThat(BankHolidays.of(SCOTLAND, 2000).headSet(LocalDate.parse("2000-02-01")))
          .containsExactlyElementsOf(dates("2000-01-03", "2000-01-04"));
    }

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void of_2002_goldenJubileeAndSpringMoved(UkDivision division) {
      assertThat(BankHolidays.of(division, 2002))
          .contains(LocalDate.parse("2002-06-03"), LocalDate.parse("2002-06-04"))
          .doesNotContain(LocalDate.parse("2002-05-27"));
    }

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void of_2011_hasRoyalWedding(UkDivision division) {
      assertThat(BankHolidays.of(division, 2011)).contains(LocalDate.parse("2011-04-29"));
    }

    @Test
    void of_2012_englandAndWalesMatchesGovUk() {
      assertThat(BankHolidays.of(ENGLAND_AND_WALES, 2012))
          .containsExactlyElementsOf(
              dates(
                  "2012-01-02",
                  "2012-04-06",
                  "2012-04-09",
                  "2012-05-07",
                  "2012-06-04",
                  "2012-06-05",
                  "2012-08-27",
                  "2012-12-25",
                  "2012-12-26"));
    }

    @Test
    void of_2012_scotlandMatchesGovUk() {
      assertThat(BankHolidays.of(SCOTLAND, 2012))
          .containsExactlyElementsOf(
              dates(
                  "2012-01-02",
                  "2012-01-03",
                  "2012-04-06",
                  "2012-05-07",
                  "2012-06-04",
                  "2012-06-05",
                  "2012-08-06",
                  "2012-11-30",
                  "2012-12-25",
                  "2012-12-26"));
    }

    @Test
    void changes_eachMovedDay_isARuleDayOnAWeekday() {
      for (BankHolidays.Change change : BankHolidays.CHANGES) {
        for (UkDivision division : change.divisions()) {
          if (change.from() != null) {
            assertThat(BankHolidays.byRule(division, change.from().getYear()))
                .as(change.reason())
                .contains(change.from());
          }
          assertThat(BankHolidays.byRule(division, change.to().getYear()))
              .as(change.reason())
              .doesNotContain(change.to());
          assertThat(change.to().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
      }
    }
  }

  @Nested
  final class Rules {

    @Test
    void easterSunday_knownYears_matchesTables() {
      assertThat(BankHolidays.easterSunday(1995)).isEqualTo("1995-04-16");
      assertThat(BankHolidays.easterSunday(2000)).isEqualTo("2000-04-23");
      assertThat(BankHolidays.easterSunday(2008)).isEqualTo("2008-03-23");
      assertThat(BankHolidays.easterSunday(2011)).isEqualTo("2011-04-24");
      assertThat(BankHolidays.easterSunday(2038)).isEqualTo("2038-04-25");
      assertThat(BankHolidays.easterSunday(2100)).isEqualTo("2100-03-28");
    }

    @Test
    void of_scotlandBefore2007_hasNoStAndrewsDay() {
      assertThat(BankHolidays.of(SCOTLAND, 2006)).noneMatch(d -> d.getMonthValue() == 11);
      assertThat(BankHolidays.of(SCOTLAND, 2007)).contains(LocalDate.parse("2007-11-30"));
    }

    @Test
    void of_christmasOnSaturday_mondayAndTuesday() {
      assertThat(BankHolidays.of(ENGLAND_AND_WALES, 2032).tailSet(LocalDate.parse("2032-12-01")))
          .containsExactlyElementsOf(dates("2032-12-27", "2032-12-28"));
    }

    @Test
    void of_christmasOnSunday_boxingDayStandsAndTuesday() {
      assertThat(BankHolidays.of(NORTHERN_IRELAND, 2033).tailSet(LocalDate.parse("2033-12-01")))
          .containsExactlyElementsOf(dates("2033-12-26", "2033-12-27"));
    }

    @Test
    void holidays_anyYear_areWeekdaysOfThatYear() {
      qt().withFixedSeed(20261124L)
          .forAll(
              arbitrary().enumValues(UkDivision.class),
              integers().between(BankHolidays.FIRST_YEAR, BankHolidays.LAST_YEAR))
          .checkAssert(
              (division, year) ->
                  assertThat(BankHolidays.of(division, year))
                      .allSatisfy(
                          d -> {
                            assertThat(d.getYear()).isEqualTo(year);
                            assertThat(d.getDayOfWeek())
                                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                          }));
    }

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void of_everyYear_weekdaysAndExpectedCount(UkDivision division) {
      int normal = division == SCOTLAND ? 9 : division == NORTHERN_IRELAND ? 10 : 8;
      for (int year = BankHolidays.FIRST_YEAR; year <= BankHolidays.LAST_YEAR; year++) {
        int expected = normal;
        if (division == SCOTLAND && year < 2007) {
          expected--;
        }
        if (year == 1999 || year == 2002 || year == 2011 || year == 2012 || year == 2023) {
          expected++;
        }
        if (year == 2022) {
          expected += 2;
        }
        assertThat(BankHolidays.of(division, year))
            .as("%s %d", division, year)
            .hasSize(expected)
            .allMatch(d -> d.getDayOfWeek().getValue() <= 5);
      }
    }
  }

  @Nested
  final class Errors {

    @Test
    void of_yearBeforeRange_throwsNamingYearAndRange() {
      assertThatThrownBy(() -> BankHolidays.of(ENGLAND_AND_WALES, 1994))
          .isInstanceOf(AuditException.class)
          .hasMessage("no bank holidays for year 1994; supported years are 1995 to 2100");
    }

    @Test
    void of_yearAfterRange_throwsNamingYear() {
      assertThatThrownBy(() -> BankHolidays.of(SCOTLAND, 2101))
          .isInstanceOf(AuditException.class)
          .hasMessageContaining("2101");
    }

    @Test
    void of_nullDivision_throwsNamingParameter() {
      assertThatThrownBy(() -> BankHolidays.of(null, 2026))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("division");
    }

    @Test
    void of_result_isUnmodifiable() {
      assertThatThrownBy(() -> BankHolidays.of(SCOTLAND, 2026).add(LocalDate.parse("2026-06-01")))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
