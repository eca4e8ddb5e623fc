package org.practiceaudit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.AuditParseException;

final class FollowUpPolicyTest {

  private static final WorkingCalendar ENGLAND = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);

  private static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.LONDON).toInstant();
  }

  @Nested
  final class Factories {

    @Test
    void elapsedHours_valid_kindAndAmount() {
      FollowUpPolicy policy = FollowUpPolicy.elapsedHours(48);
      assertThat(policy.kind()).isEqualTo(FollowUpPolicy.Kind.ELAPSED_HOURS);
      assertThat(policy.amount()).isEqualTo(48);
    }

    @Test
    void workingDays_valid_kindAndAmount() {
      FollowUpPolicy policy = FollowUpPolicy.workingDays(10);
      assertThat(policy.kind()).isEqualTo(FollowUpPolicy.Kind.WORKING_DAYS);
      assertThat(policy.amount()).isEqualTo(10);
    }

    @Test
    void none_kindAndAmount_noneAndZero() {
      assertThat(FollowUpPolicy.none().kind()).isEqualTo(FollowUpPolicy.Kind.NONE);
      assertThat(FollowUpPolicy.none().amount()).isZero();
    }

    @Test
    void elapsedHours_notPositive_throwsQuotingValue() {
      assertThatThrownBy(() -> FollowUpPolicy.elapsedHours(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("hours must be positive: 0");
    }

    @Test
    void workingDays_notPositive_throwsQuotingValue() {
      assertThatThrownBy(() -> FollowUpPolicy.workingDays(-3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("working days must be positive: -3");
    }
  }

  @Nested
  final class Text {

    @Test
    void parse_acceptedForms_givePolicies() {
      assertThat(FollowUpPolicy.parse("48h")).isEqualTo(FollowUpPolicy.elapsedHours(48));
      assertThat(FollowUpPolicy.parse("10wd")).isEqualTo(FollowUpPolicy.workingDays(10));
      assertThat(FollowUpPolicy.parse("none")).isSameAs(FollowUpPolicy.none());
      assertThat(FollowUpPolicy.parse("2147483647h").amount()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void toString_anyPolicy_givesItsTextForm() {
      assertThat(FollowUpPolicy.elapsedHours(48)).hasToString("48h");
      assertThat(FollowUpPolicy.workingDays(10)).hasToString("10wd");
      assertThat(FollowUpPolicy.none()).hasToString("none");
    }

    @Test
    void parse_toString_roundTrips() {
      qt().forAll(integers().between(1, Integer.MAX_VALUE))
          .check(
              n ->
                  FollowUpPolicy.parse(FollowUpPolicy.elapsedHours(n).toString())
                          .equals(FollowUpPolicy.elapsedHours(n))
                      && FollowUpPolicy.parse(FollowUpPolicy.workingDays(n).toString())
                          .equals(FollowUpPolicy.workingDays(n)));
      assertThat(FollowUpPolicy.parse(FollowUpPolicy.none().toString()))
          .isEqualTo(FollowUpPolicy.none());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "48",
          "h",
          "0h",
          "048h",
          "-1h",
          "48H",
          "10 wd",
          " 10wd",
          "10d",
          "None",
          "2147483648h",
          "99999999999h"
        })
    void parse_invalid_throwsWithTextAndAcceptedForms(String text) {
      assertThatThrownBy(() -> FollowUpPolicy.parse(text))
          .isInstanceOfSatisfying(
              AuditParseException.class, e -> assertThat(e.rejectedText()).isEqualTo(text))
          .hasMessage(
              "unknown follow-up policy '"
                  + text
                  + "'; expected one of [<hours>h, <working days>wd, none], such as 48h or 10wd");
    }

    @Test
    void parse_null_throwsNamingParameter() {
      assertThatThrownBy(() -> FollowUpPolicy.parse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("text");
    }
  }

  @Nested
  final class DueFrom {

    @Test
    void dueFrom_48hAcrossMarchClockChange_isElapsedTime() {
      Deadline deadline =
          FollowUpPolicy.elapsedHours(48)
              .dueFrom(london("2026-03-28T10:00"), ENGLAND)
              .orElseThrow();
      assertThat(deadline.kind()).isEqualTo(FollowUpPolicy.Kind.ELAPSED_HOURS);
      assertThat(deadline.dueAt())
          .isEqualTo(ZonedDateTime.parse("2026-03-30T11:00+01:00[Europe/London]"));
      assertThat(deadline.dueDate()).isEqualTo("2026-03-30");
    }

    @Test
    void dueFrom_48hAcrossOctoberClockChange_isElapsedTime() {
      Deadline deadline =
          FollowUpPolicy.elapsedHours(48)
              .dueFrom(london("2026-10-24T10:00"), ENGLAND)
              .orElseThrow();
      assertThat(deadline.dueAt())
          .isEqualTo(ZonedDateTime.parse("2026-10-26T09:00Z[Europe/London]"));
      assertThat(deadline.dueAt().toInstant()).isEqualTo("2026-10-26T09:00:00Z");
    }

    @Test
    void dueFrom_elapsedHours_ignoreHolidays() {
      Deadline deadline =
          FollowUpPolicy.elapsedHours(24)
              .dueFrom(london("2026-12-24T17:30"), ENGLAND)
              .orElseThrow();
      assertThat(deadline.dueAt().toLocalDateTime()).isEqualTo("2026-12-25T17:30");
    }

    @Test
    void dueFrom_10wdFromFridayBeforeChristmas_isEndOfWorkingDayInJanuary() {
      Deadline deadline =
          FollowUpPolicy.workingDays(10).dueFrom(london("2026-12-18T16:45"), ENGLAND).orElseThrow();
      assertThat(deadline.kind()).isEqualTo(FollowUpPolicy.Kind.WORKING_DAYS);
      assertThat(deadline.dueDate()).isEqualTo("2027-01-06");
      assertThat(deadline.dueAt())
          .isEqualTo(ZonedDateTime.parse("2027-01-07T00:00Z[Europe/London]"));
    }

    @Test
    void dueFrom_workingDays_usesLondonDateOfInstant() {
      // 23:30 UTC on Sun 28 June 2026 is 00:30 BST on Monday 29 June: counting starts after the
      // Monday.
      Deadline deadline =
          FollowUpPolicy.workingDays(1)
              .dueFrom(Instant.parse("2026-06-28T23:30:00Z"), ENGLAND)
              .orElseThrow();
      assertThat(deadline.dueDate()).isEqualTo("2026-06-30");
      assertThat(deadline.dueAt())
          .isEqualTo(ZonedDateTime.parse("2026-07-01T00:00+01:00[Europe/London]"));
    }

    @Test
    void dueFrom_none_isEmpty() {
      assertThat(FollowUpPolicy.none().dueFrom(Instant.parse("2026-06-01T09:00:00Z"), ENGLAND))
          .isEmpty();
    }

    @Test
    void dueFrom_nullPerParameter_throwsNamingIt() {
      Instant raised = Instant.parse("2026-06-01T09:00:00Z");
      assertThatThrownBy(() -> FollowUpPolicy.workingDays(1).dueFrom(null, ENGLAND))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("raisedAt");
      assertThatThrownBy(() -> FollowUpPolicy.none().dueFrom(raised, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("calendar");
    }

    @Test
    void dueFrom_workingDays_dueAtIsEndOfDueDate() {
      qt().withFixedSeed(11L)
          .forAll(
              integers()
                  .between(
                      (int) LocalDate.of(1995, 1, 1).toEpochDay(),
                      (int) LocalDate.of(2097, 12, 31).toEpochDay()),
              integers().between(0, 86_399),
              integers().between(1, 400))
          .check(
              (epochDay, second, n) -> {
                Instant raised =
                    LocalDate.ofEpochDay(epochDay)
                        .atStartOfDay(WorkingCalendar.LONDON)
                        .plusSeconds(second)
                        .toInstant();
                Deadline deadline =
                    FollowUpPolicy.workingDays(n).dueFrom(raised, ENGLAND).orElseThrow();
                LocalDate raisedOn = raised.atZone(WorkingCalendar.LONDON).toLocalDate();
                return ENGLAND.isWorkingDay(deadline.dueDate())
                    && ENGLAND.workingDaysBetween(raisedOn, deadline.dueDate()) == n
                    && deadline.dueAt().toLocalDate().equals(deadline.dueDate().plusDays(1))
                    && deadline.dueAt().toLocalTime().toSecondOfDay() == 0
                    && deadline.isOverdue(deadline.dueAt().toInstant())
                    && !deadline.isOverdue(deadline.dueAt().toInstant().minusNanos(1));
              });
    }
  }

  @Nested
  final class Identity {

    @Test
    void equals_sameKindAndAmount_equalWithSameHash() {
      assertThat(FollowUpPolicy.workingDays(10))
          .isEqualTo(FollowUpPolicy.workingDays(10))
          .hasSameHashCodeAs(FollowUpPolicy.workingDays(10))
          .isNotEqualTo(FollowUpPolicy.elapsedHours(10))
          .isNotEqualTo(FollowUpPolicy.workingDays(11))
          .isNotEqualTo(FollowUpPolicy.none())
          .isNotEqualTo("10wd")
          .isNotEqualTo(null);
    }
  }
}
