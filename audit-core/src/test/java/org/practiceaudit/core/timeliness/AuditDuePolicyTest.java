package org.practiceaudit.core.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;

final class AuditDuePolicyTest {

  private static final WorkingCalendar ENGLAND = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);

  @Nested
  final class Factories {

    @Test
    void workingDays_valid_kindAndAmount() {
      AuditDuePolicy policy = AuditDuePolicy.workingDays(10);
      assertThat(policy.kind()).isEqualTo(AuditDuePolicy.Kind.WORKING_DAYS);
      assertThat(policy.amount()).isEqualTo(10);
      assertThat(policy.countsWorkingDays()).isTrue();
    }

    @Test
    void calendarDays_valid_kindAndAmount() {
      AuditDuePolicy policy = AuditDuePolicy.calendarDays(20);
      assertThat(policy.kind()).isEqualTo(AuditDuePolicy.Kind.CALENDAR_DAYS);
      assertThat(policy.amount()).isEqualTo(20);
      assertThat(policy.countsWorkingDays()).isFalse();
    }

    @Test
    void amount_noneAndEndOfMonth_isZero() {
      assertThat(AuditDuePolicy.none().kind()).isEqualTo(AuditDuePolicy.Kind.NONE);
      assertThat(AuditDuePolicy.none().amount()).isZero();
      assertThat(AuditDuePolicy.endOfMonth().kind()).isEqualTo(AuditDuePolicy.Kind.END_OF_MONTH);
      assertThat(AuditDuePolicy.endOfMonth().amount()).isZero();
    }

    @Test
    void zeroDays_valid_dueOnTheAllocationDay() {
      LocalDate saturday = LocalDate.of(2026, 12, 5);
      assertThat(AuditDuePolicy.workingDays(0).dueOn(saturday, ENGLAND)).contains(saturday);
      assertThat(AuditDuePolicy.calendarDays(0).dueOn(saturday, ENGLAND)).contains(saturday);
    }

    @Test
    void workingDays_negative_throwsQuotingValue() {
      assertThatThrownBy(() -> AuditDuePolicy.workingDays(-3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("working days must not be negative: -3");
    }

    @Test
    void calendarDays_negative_throwsQuotingValue() {
      assertThatThrownBy(() -> AuditDuePolicy.calendarDays(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("days must not be negative: -1");
    }

    @Test
    void of_eachKind_sameAsItsFactory() {
      assertThat(AuditDuePolicy.of(AuditDuePolicy.Kind.NONE, 0)).isEqualTo(AuditDuePolicy.none());
      assertThat(AuditDuePolicy.of(AuditDuePolicy.Kind.END_OF_MONTH, 0))
          .isEqualTo(AuditDuePolicy.endOfMonth());
      assertThat(AuditDuePolicy.of(AuditDuePolicy.Kind.WORKING_DAYS, 10))
          .isEqualTo(AuditDuePolicy.workingDays(10));
      assertThat(AuditDuePolicy.of(AuditDuePolicy.Kind.CALENDAR_DAYS, 20))
          .isEqualTo(AuditDuePolicy.calendarDays(20));
    }

    @Test
    void of_amountForAKindWithout_throwsQuotingValue() {
      assertThatThrownBy(() -> AuditDuePolicy.of(AuditDuePolicy.Kind.END_OF_MONTH, 3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a policy of kind END_OF_MONTH has no amount, so it must be 0: 3");
      assertThatThrownBy(() -> AuditDuePolicy.of(AuditDuePolicy.Kind.WORKING_DAYS, -2))
          .hasMessage("working days must not be negative: -2");
    }

    @Test
    void of_nullKind_throwsNamingIt() {
      assertThatThrownBy(() -> AuditDuePolicy.of(null, 0))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("kind");
    }
  }

  @Nested
  final class DueOn {

    @Test
    void workingDays_hillingdonTenOverChristmas_skipsBankHolidays() {
      // Hillingdon's guide, Part A: 10 working days (H2a). Allocated Friday 18 December 2026:
      // Christmas Day
      // (Friday) and Boxing Day substitute (Monday 28th) and New Year's Day are not working days.
      assertThat(AuditDuePolicy.workingDays(10).dueOn(LocalDate.of(2026, 12, 18), ENGLAND))
          .contains(LocalDate.of(2027, 1, 6));
    }

    @Test
    void calendarDays_twenty_allocationPlusTwenty() {
      assertThat(AuditDuePolicy.calendarDays(20).dueOn(LocalDate.of(2019, 6, 28), ENGLAND))
          .contains(LocalDate.of(2019, 7, 18));
    }

    @Test
    void endOfMonth_leapFebruary_lastDay() {
      assertThat(AuditDuePolicy.endOfMonth().dueOn(LocalDate.of(2028, 2, 1), ENGLAND))
          .contains(LocalDate.of(2028, 2, 29));
      assertThat(AuditDuePolicy.endOfMonth().dueOn(LocalDate.of(2026, 12, 31), null))
          .contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void dueOn_none_noDueDay() {
      assertThat(AuditDuePolicy.none().dueOn(LocalDate.of(2026, 12, 31), ENGLAND)).isEmpty();
    }

    @Test
    void dueOn_workingDaysWithoutCalendar_throwsNamingIt() {
      assertThatThrownBy(() -> AuditDuePolicy.workingDays(10).dueOn(LocalDate.of(2026, 1, 5), null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("calendar");
    }

    @Test
    void dueOn_nullAllocation_throwsNamingIt() {
      assertThatThrownBy(() -> AuditDuePolicy.calendarDays(1).dueOn(null, ENGLAND))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("allocatedOn");
    }

    @Test
    void dueOn_anyPolicy_notBeforeAllocation() {
      qt().withFixedSeed(41L)
          .withExamples(500)
          .forAll(integers().between(0, 3), integers().between(0, 40), integers().between(0, 3650))
          .checkAssert(
              (kind, amount, day) -> {
                AuditDuePolicy policy =
                    AuditDuePolicy.of(
                        AuditDuePolicy.Kind.values()[kind], kind == 1 || kind == 2 ? amount : 0);
                LocalDate allocated = LocalDate.of(2020, 1, 1).plusDays(day);
                policy
                    .dueOn(allocated, ENGLAND)
                    .ifPresent(due -> assertThat(due).isAfterOrEqualTo(allocated));
                assertThat(policy.dueOn(allocated, ENGLAND).isEmpty())
                    .isEqualTo(policy.equals(AuditDuePolicy.none()));
              });
    }
  }

  @Nested
  final class Text {

    @ParameterizedTest
    @ValueSource(strings = {"none", "end-of-month", "0wd", "10wd", "0d", "20d", "2147483647d"})
    void parse_toString_roundTrips(String text) {
      assertThat(AuditDuePolicy.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void parse_examples_giveTheirPolicies() {
      assertThat(AuditDuePolicy.parse("10wd")).isEqualTo(AuditDuePolicy.workingDays(10));
      assertThat(AuditDuePolicy.parse("20d")).isEqualTo(AuditDuePolicy.calendarDays(20));
      assertThat(AuditDuePolicy.parse("end-of-month")).isSameAs(AuditDuePolicy.endOfMonth());
      assertThat(AuditDuePolicy.parse("none")).isSameAs(AuditDuePolicy.none());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "10",
          "10 wd",
          "10WD",
          "-1d",
          "010d",
          "1.5d",
          "2147483648wd",
          "10h",
          "NONE",
          "eom"
        })
    void parse_unknown_throwsWithTextAndAllowedForms(String text) {
      assertThatThrownBy(() -> AuditDuePolicy.parse(text))
          .isInstanceOf(AuditParseException.class)
          .hasMessage(
              "unknown audit due policy '"
                  + text
                  + "'; expected one of"
                  + " [<working days>wd, <days>d, end-of-month, none], such as 10wd or 20d")
          .extracting(e -> ((AuditParseException) e).rejectedText())
          .isEqualTo(text);
    }

    @Test
    void parse_null_throwsNamingIt() {
      assertThatThrownBy(() -> AuditDuePolicy.parse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("text");
    }

    @Test
    void parseOfToString_anyPolicy_equal() {
      qt().withFixedSeed(42L)
          .withExamples(300)
          .forAll(integers().between(0, 3), integers().allPositive())
          .checkAssert(
              (kind, amount) -> {
                AuditDuePolicy policy =
                    AuditDuePolicy.of(
                        AuditDuePolicy.Kind.values()[kind], kind == 1 || kind == 2 ? amount : 0);
                assertThat(AuditDuePolicy.parse(policy.toString())).isEqualTo(policy);
              });
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_sameKindAndAmount_equalWithSameHash() {
      assertThat(AuditDuePolicy.workingDays(10))
          .isEqualTo(AuditDuePolicy.parse("10wd"))
          .hasSameHashCodeAs(AuditDuePolicy.parse("10wd"));
    }

    @Test
    void equals_otherKindOrAmount_notEqual() {
      assertThat(AuditDuePolicy.workingDays(10))
          .isNotEqualTo(AuditDuePolicy.calendarDays(10))
          .isNotEqualTo(AuditDuePolicy.workingDays(11))
          .isNotEqualTo(null)
          .isNotEqualTo("10wd");
      assertThat(AuditDuePolicy.none())
          .isNotEqualTo(AuditDuePolicy.endOfMonth())
          .isNotEqualTo(AuditDuePolicy.calendarDays(0));
    }
  }
}
