package org.practiceaudit.json.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.json.ConfigurationException;

/**
 * Compares the GOV.UK file (a synthetic test fixture reproducing GOV.UK's dates) with the
 * rule-based calendars.
 */
final class GovUkBankHolidaysTest {

  static String fixture() throws IOException {
    try (InputStream in =
        GovUkBankHolidaysTest.class.getResourceAsStream("bank-holidays-2019-2027.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @EnumSource(UkDivision.class)
  void read_fixture_agreesWithTheRuleBasedCalendarEveryDay(UkDivision division) throws IOException {
    WorkingCalendar fromFile = GovUkBankHolidays.read(fixture()).get(division);
    WorkingCalendar byRule = WorkingCalendar.of(division);
    int holidays = 0;
    for (LocalDate d = LocalDate.of(2019, 1, 1);
        !d.isAfter(LocalDate.of(2027, 12, 31));
        d = d.plusDays(1)) {
      assertThat(fromFile.isHoliday(d)).as(division + " " + d).isEqualTo(byRule.isHoliday(d));
      assertThat(fromFile.isWorkingDay(d)).as(division + " " + d).isEqualTo(byRule.isWorkingDay(d));
      holidays += fromFile.isHoliday(d) ? 1 : 0;
    }
    assertThat(holidays)
        .isEqualTo(
            Map.of(
                    UkDivision.ENGLAND_AND_WALES,
                    75,
                    UkDivision.SCOTLAND,
                    84,
                    UkDivision.NORTHERN_IRELAND,
                    93)
                .get(division));
  }

  @Test
  void read_fixture_coversTheYearsListed() throws IOException {
    WorkingCalendar calendar = GovUkBankHolidays.read(fixture()).get(UkDivision.SCOTLAND);
    assertThat(calendar.coverFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(calendar.coverTo()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 24), 1))
        .isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void read_badDate_reportsItsPointer() {
    String json =
        "{\"scotland\": {\"division\": \"scotland\", \"events\": [{\"title\": \"x\", \"date\": \"2026-02-30\"}]}}";
    assertThatThrownBy(() -> GovUkBankHolidays.read(json))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("/scotland/events/0/date");
  }

  @Test
  void read_notJson_isAConfigurationProblem() {
    assertThatThrownBy(() -> GovUkBankHolidays.read("{"))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> GovUkBankHolidays.read("{}"))
        .hasMessageContaining("no division found");
  }
}
