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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.AuditException;
import org.quicktheories.core.Gen;

final class WorkingCalendarTest {

  private static final WorkingCalendar ENGLAND = WorkingCalendar.of(ENGLAND_AND_WALES);

  /**
   * Dates from the second week of 1995 to the end of 2097, so that 600 working days later is still
   * covered.
   */
  private static final Gen<LocalDate> DATES =
      integers()
          .between(
              (int) LocalDate.of(1995, 1, 9).toEpochDay(),
              (int) LocalDate.of(2097, 12, 31).toEpochDay())
          .map(LocalDate::ofEpochDay);

  /** Dates from 1997 to the end of 2098, so that 600 days either side is still covered. */
  private static final Gen<LocalDate> MIDDLE_DATES =
      integers()
          .between(
              (int) LocalDate.of(1997, 1, 1).toEpochDay(),
              (int) LocalDate.of(2098, 12, 31).toEpochDay())
          .map(LocalDate::ofEpochDay);

  /** A division's calendar, sometimes with a block of closure days and some on weekends. */
  private static final Gen<WorkingCalendar> CALENDARS =
      arbitrary()
          .enumValues(UkDivision.class)
          .zip(
              integers().between(0, 3),
              (division, variant) ->
                  variant == 0
                      ? WorkingCalendar.of(division)
                      : WorkingCalendar.of(division).withClosureDays(closures(variant)));

  private static List<LocalDate> closures(int variant) {
    List<LocalDate> days = new ArrayList<>();
    for (int year = 1995; year <= 2100; year += variant) {
      days.add(LocalDate.of(year, 12, 24));
      days.add(LocalDate.of(year, 12, 29));
      days.add(LocalDate.of(year, 12, 30));
      days.add(LocalDate.of(year, 12, 31));
      days.add(LocalDate.of(year, 7, variant));
    }
    return days;
  }

  private static boolean naiveIsWorkingDay(WorkingCalendar calendar, LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !calendar.isHoliday(day);
  }

  /** The reference: walk forward day by day, counting working days. */
  private static LocalDate naivePlusWorkingDays(WorkingCalendar calendar, LocalDate date, int n) {
    LocalDate day = date;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (naiveIsWorkingDay(calendar, day)) {
        counted++;
      }
    }
    return day;
  }

  private static long naiveBetween(WorkingCalendar calendar, LocalDate a, LocalDate b) {
    LocalDate lo = a.isBefore(b) ? a : b;
    LocalDate hi = a.isBefore(b) ? b : a;
    long count = 0;
    for (LocalDate day = lo.plusDays(1); !day.isAfter(hi); day = day.plusDays(1)) {
      if (naiveIsWorkingDay(calendar, day)) {
        count++;
      }
    }
    return a.isBefore(b) ? count : -count;
  }

  @Nested
  final class Properties {

    @Test
    void plusWorkingDays_positive_landsOnWorkingDay() {
      qt().withFixedSeed(1L)
          .forAll(CALENDARS, DATES, integers().between(1, 400))
          .check((calendar, date, n) -> calendar.isWorkingDay(calendar.plusWorkingDays(date, n)));
    }

    @Test
    void workingDaysBetween_ofPlusWorkingDays_isN() {
      qt().withFixedSeed(2L)
          .forAll(CALENDARS, DATES, integers().between(0, 400))
          .check(
              (calendar, date, n) ->
                  calendar.workingDaysBetween(date, calendar.plusWorkingDays(date, n)) == n);
    }

    @Test
    void plusWorkingDays_anyDay_monotoneInN() {
      qt().withFixedSeed(3L)
          .forAll(CALENDARS, DATES, integers().between(0, 400))
          .check(
              (calendar, date, n) ->
                  calendar
                      .plusWorkingDays(date, n)
                      .isBefore(calendar.plusWorkingDays(date, n + 1)));
    }

    @Test
    void plusWorkingDays_twoSteps_composeIntoOne() {
      qt().withFixedSeed(4L)
          .forAll(CALENDARS, DATES, integers().between(1, 300), integers().between(1, 300))
          .check(
              (calendar, date, m, n) ->
                  calendar
                      .plusWorkingDays(calendar.plusWorkingDays(date, m), n)
                      .equals(calendar.plusWorkingDays(date, m + n)));
    }

    @Test
    void plusWorkingDays_anyDay_equalsNaiveReference() {
      qt().withFixedSeed(5L)
          .forAll(CALENDARS, DATES, integers().between(0, 400))
          .check(
              (calendar, date, n) ->
                  calendar
                      .plusWorkingDays(date, n)
                      .equals(naivePlusWorkingDays(calendar, date, n)));
    }

    @Test
    void workingDaysBetween_anyDays_equalsNaiveReferenceAndIsAntisymmetric() {
      qt().withFixedSeed(6L)
          .forAll(CALENDARS, MIDDLE_DATES, integers().between(-600, 600))
          .check(
              (calendar, a, offset) -> {
                LocalDate b = a.plusDays(offset);
                return calendar.workingDaysBetween(a, b) == naiveBetween(calendar, a, b)
                    && calendar.workingDaysBetween(b, a) == -calendar.workingDaysBetween(a, b);
              });
    }

    @Test
    void nextAndPreviousWorkingDay_onWorkingDays_areInverse() {
      qt().withFixedSeed(7L)
          .forAll(CALENDARS, DATES)
          .check(
              (calendar, date) -> {
                LocalDate next = calendar.nextWorkingDay(date);
                LocalDate previous = calendar.previousWorkingDay(date);
                return calendar.isWorkingDay(next)
                    && calendar.isWorkingDay(previous)
                    && calendar.workingDaysBetween(date, next) == 1
                    && calendar.workingDaysBetween(previous, date.minusDays(1)) == 0
                    && calendar
                        .previousWorkingDay(next)
                        .equals(calendar.isWorkingDay(date) ? date : previous);
              });
    }
  }

  @Nested
  final class Examples {

    @Test
    void plusWorkingDays_fridayBeforeChristmas2026_skipsChristmasBoxingDayAndNewYear() {
      // Fri 18 Dec 2026: 21, 22, 23, 24 Dec; 25 and 28 Dec are bank holidays; 29, 30, 31 Dec;
      // 1 Jan 2027 is a bank holiday; 4, 5, 6 Jan.
      assertThat(ENGLAND.plusWorkingDays(LocalDate.parse("2026-12-18"), 10))
          .isEqualTo("2027-01-06");
    }

    @Test
    void plusWorkingDays_scotland_alsoSkipsSecondJanuarySubstitute() {
      assertThat(WorkingCalendar.of(SCOTLAND).plusWorkingDays(LocalDate.parse("2026-12-18"), 10))
          .isEqualTo("2027-01-07");
    }

    @Test
    void plusWorkingDays_fromWeekend_countsStrictlyAfter() {
      assertThat(ENGLAND.plusWorkingDays(LocalDate.parse("2026-06-06"), 1)).isEqualTo("2026-06-08");
      assertThat(ENGLAND.plusWorkingDays(LocalDate.parse("2026-06-05"), 1)).isEqualTo("2026-06-08");
    }

    @Test
    void plusWorkingDays_zero_returnsDateEvenOnHoliday() {
      LocalDate christmas = LocalDate.parse("2026-12-25");
      assertThat(ENGLAND.plusWorkingDays(christmas, 0)).isSameAs(christmas);
    }

    @Test
    void workingDaysBetween_sameDate_isZero() {
      assertThat(
              ENGLAND.workingDaysBetween(
                  LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02")))
          .isZero();
    }

    @Test
    void workingDaysBetween_backwards_isNegative() {
      assertThat(
              ENGLAND.workingDaysBetween(
                  LocalDate.parse("2027-01-06"), LocalDate.parse("2026-12-18")))
          .isEqualTo(-10);
    }

    @Test
    void previousWorkingDay_afterEaster_isBeforeGoodFriday() {
      assertThat(ENGLAND.previousWorkingDay(LocalDate.parse("2026-04-07"))).isEqualTo("2026-04-02");
      assertThat(WorkingCalendar.of(SCOTLAND).previousWorkingDay(LocalDate.parse("2026-04-07")))
          .isEqualTo("2026-04-06");
    }

    @Test
    void isWorkingDay_stPatricksDay_onlyNotInNorthernIreland() {
      LocalDate stPatrick = LocalDate.parse("2026-03-17");
      assertThat(WorkingCalendar.of(NORTHERN_IRELAND).isWorkingDay(stPatrick)).isFalse();
      assertThat(WorkingCalendar.of(NORTHERN_IRELAND).isHoliday(stPatrick)).isTrue();
      assertThat(ENGLAND.isWorkingDay(stPatrick)).isTrue();
      assertThat(ENGLAND.isHoliday(stPatrick)).isFalse();
    }

    @Test
    void isWorkingDay_weekend_isFalseButNotHoliday() {
      LocalDate saturday = LocalDate.parse("2026-06-06");
      assertThat(ENGLAND.isWorkingDay(saturday)).isFalse();
      assertThat(ENGLAND.isHoliday(saturday)).isFalse();
    }

    @Test
    void plusWorkingDays_wholeCoverage_isExact() {
      LocalDate start = LocalDate.parse("1995-01-01");
      LocalDate end = LocalDate.parse("2100-12-31"); // a Friday and not a holiday
      int n = (int) ENGLAND.workingDaysBetween(start, end);
      assertThat(n).isEqualTo(naiveBetween(ENGLAND, start, end));
      assertThat(ENGLAND.plusWorkingDays(start, n)).isEqualTo(end);
    }
  }

  @Nested
  final class ClosureDays {

    private final LocalDate closure = LocalDate.parse("2026-12-24");

    @Test
    void withClosureDays_closureDay_isNotWorkingDayAndIsHoliday() {
      WorkingCalendar calendar = ENGLAND.withClosureDays(List.of(closure));
      assertThat(calendar.isWorkingDay(closure)).isFalse();
      assertThat(calendar.isHoliday(closure)).isTrue();
      assertThat(calendar.closureDays()).containsExactly(closure);
      assertThat(calendar.division()).contains(ENGLAND_AND_WALES);
      assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-12-18"), 10))
          .isEqualTo("2027-01-07");
    }

    @Test
    void withClosureDays_nothingNew_returnsThis() {
      WorkingCalendar calendar = ENGLAND.withClosureDays(List.of(closure));
      assertThat(calendar.withClosureDays(List.of(closure))).isSameAs(calendar);
      assertThat(ENGLAND.withClosureDays(List.of())).isSameAs(ENGLAND);
    }

    @Test
    void withClosureDays_calledTwice_accumulates() {
      WorkingCalendar calendar =
          ENGLAND.withClosureDays(List.of(closure)).withClosureDays(List.of(closure.plusDays(7)));
      assertThat(calendar.closureDays()).containsExactly(closure, closure.plusDays(7));
    }

    @Test
    void closureDays_modified_throws() {
      assertThatThrownBy(() -> ENGLAND.closureDays().add(closure))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withClosureDays_nullCollectionOrElement_throws() {
      assertThatThrownBy(() -> ENGLAND.withClosureDays(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("days");
      assertThatThrownBy(() -> ENGLAND.withClosureDays(Arrays.asList(closure, null)))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("days element");
    }
  }

  @Nested
  final class FromList {

    private final LocalDate from = LocalDate.parse("2026-01-01");
    private final LocalDate to = LocalDate.parse("2026-12-31");

    private WorkingCalendar govUk2026() {
      return WorkingCalendar.ofHolidays(
          "gov.uk england-and-wales", BankHolidays.of(ENGLAND_AND_WALES, 2026), from, to);
    }

    @Test
    void ofHolidays_sameDaysAsDivision_sameAnswers() {
      WorkingCalendar calendar = govUk2026();
      assertThat(calendar.division()).isEmpty();
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        assertThat(calendar.isWorkingDay(day)).as("%s", day).isEqualTo(ENGLAND.isWorkingDay(day));
      }
      assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-12-18"), 4))
          .isEqualTo("2026-12-24");
    }

    @Test
    void ofHolidays_dateOutsideCoverage_throwsNamingDateAndRange() {
      assertThatThrownBy(() -> govUk2026().isWorkingDay(LocalDate.parse("2027-01-04")))
          .isInstanceOf(AuditException.class)
          .hasMessage(
              "date 2027-01-04 is outside calendar gov.uk england-and-wales's coverage"
                  + " 2026-01-01 to 2026-12-31");
    }

    @Test
    void plusWorkingDays_resultBeyondCoverage_throws() {
      assertThatThrownBy(() -> govUk2026().plusWorkingDays(LocalDate.parse("2026-12-18"), 10))
          .isInstanceOf(AuditException.class)
          .hasMessageContaining("10 working days after 2026-12-18")
          .hasMessageContaining("2026-12-31");
    }

    @Test
    void previousWorkingDay_noneCovered_throws() {
      assertThatThrownBy(() -> govUk2026().previousWorkingDay(from))
          .isInstanceOf(AuditException.class)
          .hasMessageContaining("no working day before 2026-01-01");
    }

    @Test
    void ofHolidays_holidayOutsideCoverage_throwsQuotingIt() {
      assertThatThrownBy(
              () ->
                  WorkingCalendar.ofHolidays("x", List.of(LocalDate.parse("2027-01-01")), from, to))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "holiday 2027-01-01 is outside the calendar's coverage 2026-01-01 to 2026-12-31");
    }

    @Test
    void ofHolidays_coverageBackwards_throwsQuotingIt() {
      assertThatThrownBy(() -> WorkingCalendar.ofHolidays("x", List.of(), to, from))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("calendar coverage must not end before it starts: 2026-12-31 to 2026-01-01");
    }

    @Test
    void ofHolidays_blankName_throwsQuotingIt() {
      assertThatThrownBy(() -> WorkingCalendar.ofHolidays(" ", List.of(), from, to))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("calendar name must not be blank: ' '");
    }

    @Test
    void ofHolidays_nullPerParameter_throwsNamingIt() {
      List<LocalDate> none = List.of();
      assertThatThrownBy(() -> WorkingCalendar.ofHolidays(null, none, from, to)).hasMessage("name");
      assertThatThrownBy(() -> WorkingCalendar.ofHolidays("x", null, from, to))
          .hasMessage("holidays");
      assertThatThrownBy(() -> WorkingCalendar.ofHolidays("x", none, null, to))
          .hasMessage("coverFrom");
      assertThatThrownBy(() -> WorkingCalendar.ofHolidays("x", none, from, null))
          .hasMessage("coverTo");
      assertThatThrownBy(
              () -> WorkingCalendar.ofHolidays("x", Arrays.asList((LocalDate) null), from, to))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("holidays element");
    }
  }

  @Nested
  final class Errors {

    @Test
    void plusWorkingDays_negative_throwsQuotingValue() {
      assertThatThrownBy(() -> ENGLAND.plusWorkingDays(LocalDate.parse("2026-01-05"), -3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("working days must not be negative: -3");
    }

    @Test
    void isWorkingDay_beforeCoverage_throwsNamingDateAndRange() {
      assertThatThrownBy(() -> ENGLAND.isWorkingDay(LocalDate.parse("1994-12-30")))
          .isInstanceOf(AuditException.class)
          .hasMessage(
              "date 1994-12-30 is outside calendar england-and-wales's coverage 1995-01-01 to 2100-12-31");
    }

    @Test
    void plusWorkingDays_beyond2100_throws() {
      assertThatThrownBy(() -> ENGLAND.plusWorkingDays(LocalDate.parse("2100-12-30"), 5))
          .isInstanceOf(AuditException.class)
          .hasMessageContaining("2100-12-31");
    }

    @Test
    void factories_nullPerParameter_throwNamingIt() {
      assertThatThrownBy(() -> WorkingCalendar.of(null)).hasMessage("division");
      assertThatThrownBy(() -> ENGLAND.isWorkingDay(null)).hasMessage("date");
      assertThatThrownBy(() -> ENGLAND.isHoliday(null)).hasMessage("date");
      assertThatThrownBy(() -> ENGLAND.plusWorkingDays(null, 1)).hasMessage("date");
      assertThatThrownBy(() -> ENGLAND.nextWorkingDay(null)).hasMessage("date");
      assertThatThrownBy(() -> ENGLAND.previousWorkingDay(null)).hasMessage("date");
      LocalDate day = LocalDate.parse("2026-01-05");
      assertThatThrownBy(() -> ENGLAND.workingDaysBetween(null, day))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("from");
      assertThatThrownBy(() -> ENGLAND.workingDaysBetween(day, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("to");
    }
  }

  @Nested
  final class Identity {

    @Test
    void of_sameDivision_sameInstance() {
      assertThat(WorkingCalendar.of(ENGLAND_AND_WALES)).isSameAs(ENGLAND);
    }

    @Test
    void equals_sameClosureDays_equalWithSameHash() {
      Set<LocalDate> days = Set.of(LocalDate.parse("2026-12-24"));
      WorkingCalendar a = ENGLAND.withClosureDays(days);
      WorkingCalendar b = WorkingCalendar.of(ENGLAND_AND_WALES).withClosureDays(days);
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(ENGLAND);
    }

    @Test
    void equals_differentDivisionsOrKinds_notEqual() {
      assertThat(ENGLAND)
          .isNotEqualTo(WorkingCalendar.of(SCOTLAND))
          .isNotEqualTo(
              WorkingCalendar.ofHolidays(
                  "england-and-wales", List.of(), ENGLAND.coverFrom(), ENGLAND.coverTo()))
          .isNotEqualTo(Optional.of(ENGLAND))
          .isNotEqualTo(null);
    }

    @Test
    void toString_anyCalendar_namesDivisionCoverageAndClosureDays() {
      assertThat(ENGLAND)
          .hasToString(
              "WorkingCalendar[england-and-wales, 1995-01-01 to 2100-12-31, 0 closure days]");
      assertThat(ENGLAND.withClosureDays(List.of(LocalDate.parse("2026-12-24"))))
          .hasToString(
              "WorkingCalendar[england-and-wales, 1995-01-01 to 2100-12-31, 1 closure day]");
    }

    @Test
    void londonZone_constant_isEuropeLondon() {
      assertThat(WorkingCalendar.LONDON.getId()).isEqualTo("Europe/London");
    }
  }
}
