package org.practiceaudit.core.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;

final class TimelinessTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 24);

  private static Audit audit(LocalDate allocated, Optional<LocalDate> completed) {
    return Audit.builder()
        .id(AuditId.of("SYN-1"))
        .caseId(CaseId.of("SYN-C1"))
        .auditor(PersonId.of("AUD1"))
        .frameworkId("synthetic")
        .frameworkVersion("1")
        .auditType("monthly")
        .status(completed.isPresent() ? AuditStatus.COMPLETED : AuditStatus.ALLOCATED)
        .allocatedOn(allocated)
        .completedOn(completed)
        .build();
  }

  @Nested
  final class Of {

    @Test
    void of_completedOnTheDueDay_onTime() {
      assertThat(Timeliness.of(Optional.of(DUE), Optional.of(DUE), DUE.plusDays(30)))
          .isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void of_completedTheDayAfter_late() {
      assertThat(Timeliness.of(Optional.of(DUE.plusDays(1)), Optional.of(DUE), DUE))
          .isEqualTo(Timeliness.LATE);
    }

    @Test
    void of_openOnTheDueDay_pending() {
      assertThat(Timeliness.of(Optional.empty(), Optional.of(DUE), DUE))
          .isEqualTo(Timeliness.PENDING);
    }

    @Test
    void of_openTheDayAfter_overdue() {
      assertThat(Timeliness.of(Optional.empty(), Optional.of(DUE), DUE.plusDays(1)))
          .isEqualTo(Timeliness.OVERDUE);
    }

    @Test
    void of_noDueDay_onTimeOrPending() {
      assertThat(Timeliness.of(Optional.of(DUE), Optional.empty(), DUE))
          .isEqualTo(Timeliness.ON_TIME);
      assertThat(Timeliness.of(Optional.empty(), Optional.empty(), DUE.plusYears(9)))
          .isEqualTo(Timeliness.PENDING);
    }

    @Test
    void of_nullArgument_throwsNamingIt() {
      assertThatThrownBy(() -> Timeliness.of(null, Optional.of(DUE), DUE))
          .hasMessage("completedOn");
      assertThatThrownBy(() -> Timeliness.of(Optional.empty(), null, DUE)).hasMessage("dueOn");
      assertThatThrownBy(() -> Timeliness.of(Optional.empty(), Optional.of(DUE), null))
          .hasMessage("asOf");
    }
  }

  @Nested
  final class OfPolicy {

    private final WorkingCalendar england = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);

    @Test
    void hillingdonTenWorkingDays_completedTwentyOneWorkingDaysLate_late() {
      LocalDate allocated = LocalDate.of(2026, 11, 2);
      LocalDate completed = england.plusWorkingDays(allocated, 31);
      assertThat(
              Timeliness.of(
                  audit(allocated, Optional.of(completed)),
                  AuditDuePolicy.workingDays(10),
                  england,
                  completed))
          .isEqualTo(Timeliness.LATE);
      assertThat(
              Timeliness.of(
                  audit(allocated, Optional.of(completed)),
                  AuditDuePolicy.none(),
                  england,
                  completed))
          .isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void of_nullAuditOrPolicy_throwsNamingIt() {
      assertThatThrownBy(() -> Timeliness.of(null, AuditDuePolicy.none(), england, DUE))
          .hasMessage("audit");
      assertThatThrownBy(() -> Timeliness.of(audit(DUE, Optional.empty()), null, england, DUE))
          .hasMessage("policy");
    }

    @Test
    void toString_anyTimeliness_kebabCase() {
      assertThat(Timeliness.ON_TIME.text()).isEqualTo("on-time");
      assertThat(Timeliness.PENDING.text()).isEqualTo("pending");
    }
  }
}
