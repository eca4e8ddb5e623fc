package org.practiceaudit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.timeliness.AuditDuePolicy;

final class AuditDeadlineTest {

  private static final WorkingCalendar ENGLAND = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);
  private static final WorkingCalendar SCOTLAND = WorkingCalendar.of(UkDivision.SCOTLAND);

  private static AuditFramework framework(AuditDuePolicy due, WorkingCalendar calendar) {
    return AuditFramework.builder()
        .id("synthetic")
        .version("1")
        .name("Synthetic")
        .calendar(calendar)
        .auditDue(due)
        .build();
  }

  @Nested
  final class Factories {

    @Test
    void of_framework_itsPolicyInItsCalendar() {
      AuditDeadline deadline = AuditDeadline.of(framework(AuditDuePolicy.workingDays(10), ENGLAND));
      assertThat(deadline).isEqualTo(AuditDeadline.workingDaysAfterAllocation(ENGLAND, 10));
      assertThat(deadline.policy()).isEqualTo(AuditDuePolicy.workingDays(10));
      assertThat(deadline.calendar()).contains(ENGLAND);
    }

    @Test
    void of_frameworkWithoutPolicy_none() {
      assertThat(
              AuditDeadline.of(
                  AuditFramework.builder()
                      .id("synthetic")
                      .version("1")
                      .name("Synthetic")
                      .calendar(ENGLAND)
                      .build()))
          .isEqualTo(AuditDeadline.none());
    }

    @Test
    void of_calendarDays_calendarNotKept() {
      assertThat(AuditDeadline.of(AuditDuePolicy.calendarDays(20), SCOTLAND))
          .isEqualTo(AuditDeadline.daysAfterAllocation(20));
      assertThat(AuditDeadline.of(AuditDuePolicy.endOfMonth(), SCOTLAND))
          .isEqualTo(AuditDeadline.endOfMonthOfAllocation());
      assertThat(AuditDeadline.daysAfterAllocation(20).calendar()).isEmpty();
    }

    @Test
    void daysAfterAllocation_nullOrNegative_throws() {
      assertThatThrownBy(() -> AuditDeadline.of(null, ENGLAND)).hasMessage("policy");
      assertThatThrownBy(() -> AuditDeadline.of(AuditDuePolicy.none(), null))
          .hasMessage("calendar");
      assertThatThrownBy(() -> AuditDeadline.of(null)).hasMessage("framework");
      assertThatThrownBy(() -> AuditDeadline.workingDaysAfterAllocation(null, 10))
          .hasMessage("calendar");
      assertThatThrownBy(() -> AuditDeadline.daysAfterAllocation(-1))
          .hasMessage("days must not be negative: -1");
      assertThatThrownBy(() -> AuditDeadline.workingDaysAfterAllocation(ENGLAND, -1))
          .hasMessage("working days must not be negative: -1");
      assertThatThrownBy(() -> AuditDeadline.none().dueOn(null)).hasMessage("audit");
    }
  }

  @Nested
  final class DueOn {

    @Test
    void dueOn_eachKind_asThePolicySays() {
      LocalDate allocated = LocalDate.of(2026, 12, 18);
      var audit = DeadlinesTest.escalated(1, allocated, Instant.parse("2026-12-18T10:00:00Z"));
      assertThat(AuditDeadline.workingDaysAfterAllocation(ENGLAND, 10).dueOn(audit))
          .isEqualTo(AuditDuePolicy.workingDays(10).dueOn(allocated, ENGLAND));
      assertThat(AuditDeadline.daysAfterAllocation(20).dueOn(audit))
          .contains(LocalDate.of(2027, 1, 7));
      assertThat(AuditDeadline.endOfMonthOfAllocation().dueOn(audit))
          .contains(LocalDate.of(2026, 12, 31));
      assertThat(AuditDeadline.none().dueOn(audit)).isEmpty();
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_builtSeparately_equalWithSameHashAndText() {
      AuditDeadline a =
          AuditDeadline.workingDaysAfterAllocation(
              WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES), 10);
      AuditDeadline b = AuditDeadline.of(framework(AuditDuePolicy.parse("10wd"), ENGLAND));
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a.toString()).startsWith("10wd in ");
      assertThat(AuditDeadline.daysAfterAllocation(20)).hasToString("20d");
    }

    @Test
    void equals_otherCalendarOrPolicy_notEqual() {
      assertThat(AuditDeadline.workingDaysAfterAllocation(ENGLAND, 10))
          .isNotEqualTo(AuditDeadline.workingDaysAfterAllocation(SCOTLAND, 10))
          .isNotEqualTo(AuditDeadline.workingDaysAfterAllocation(ENGLAND, 11))
          .isNotEqualTo(AuditDeadline.daysAfterAllocation(10))
          .isNotEqualTo(null);
    }

    @Test
    void reportSpecs_withEqualDeadlinesBuiltSeparately_equalAndMerge() {
      ReportSpec one =
          ImmutableReportSpec.copyOf(SyntheticAudits.SPEC)
              .withAuditDeadline(AuditDeadline.workingDaysAfterAllocation(ENGLAND, 10));
      ReportSpec two =
          ImmutableReportSpec.copyOf(SyntheticAudits.SPEC)
              .withAuditDeadline(
                  AuditDeadline.of(
                      framework(
                          AuditDuePolicy.workingDays(10),
                          WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES))));
      assertThat(one).isEqualTo(two);
      var audits = SyntheticAudits.random(7L, 40);
      assertThat(
              ReportAggregate.of(one, audits.subList(0, 20))
                  .merge(ReportAggregate.of(two, audits.subList(20, 40))))
          .isEqualTo(ReportAggregate.of(one, audits));
    }
  }
}
