package org.practiceaudit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.workforce.PersonId;

final class DeadlinesTest {

  static final WorkingCalendar ENGLAND = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);

  static Audit escalated(int category, LocalDate allocated, Instant at) {
    return Audit.builder()
        .id(AuditId.of("SYN-1"))
        .caseId(CaseId.of("SYN-C1"))
        .auditor(PersonId.of("AUD1"))
        .frameworkId("synthetic")
        .frameworkVersion("1")
        .auditType("monthly")
        .status(AuditStatus.ALLOCATED)
        .allocatedOn(allocated)
        .escalationCategory(category)
        .escalatedAt(at)
        .build();
  }

  @Test
  void workingDaysAfterAllocation_overChristmas_skipsTheHolidays() {
    AuditDeadline deadline = AuditDeadline.workingDaysAfterAllocation(ENGLAND, 10);
    Audit audit = escalated(1, LocalDate.of(2026, 12, 18), Instant.parse("2026-12-18T10:00:00Z"));
    assertThat(deadline.dueOn(audit))
        .contains(ENGLAND.plusWorkingDays(LocalDate.of(2026, 12, 18), 10));
    assertThat(deadline.dueOn(audit).orElseThrow()).isAfter(LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> AuditDeadline.workingDaysAfterAllocation(ENGLAND, -1))
        .hasMessageContaining("-1");
  }

  @Test
  void followUps_dudleyCategories_dueAsThePolicySays() {
    AuditFramework dudley =
        AuditFramework.builder()
            .id("synthetic/dudley-like")
            .version("2017.1")
            .name("Dudley-like (synthetic)")
            .calendar(ENGLAND)
            .addAllEscalationCategories(
                List.of(
                    EscalationCategory.builder()
                        .level(1)
                        .name("Inadequate critical")
                        .followUp(FollowUpPolicy.elapsedHours(48))
                        .build(),
                    EscalationCategory.builder()
                        .level(2)
                        .name("Inadequate with action")
                        .followUp(FollowUpPolicy.workingDays(10))
                        .build(),
                    EscalationCategory.builder()
                        .level(4)
                        .name("Good order")
                        .followUp(FollowUpPolicy.none())
                        .build()))
            .build();
    EscalationDeadline deadline = EscalationDeadline.followUps(dudley);
    Instant raised = Instant.parse("2019-06-28T10:00:00Z");
    LocalDate day = LocalDate.of(2019, 6, 28);
    assertThat(deadline.dueAt(escalated(1, day, raised)))
        .contains(Instant.parse("2019-06-30T10:00:00Z"));
    assertThat(deadline.dueAt(escalated(2, day, raised)).orElseThrow())
        .isAfter(Instant.parse("2019-07-12T00:00:00Z"));
    assertThat(deadline.dueAt(escalated(3, day, raised))).isEmpty();
    assertThat(deadline.dueAt(escalated(4, day, raised))).isEmpty();
  }
}
