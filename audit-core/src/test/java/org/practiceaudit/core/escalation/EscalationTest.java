package org.practiceaudit.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;

/** Dudley audit framework 2017, "Raising a Concern" (U19, U20). Synthetic data only. */
final class EscalationTest {

  private static final WorkingCalendar ENGLAND = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);
  private static final FollowUpPolicy HOURS_48 = FollowUpPolicy.elapsedHours(48);
  private static final FollowUpPolicy DAYS_10 = FollowUpPolicy.workingDays(10);
  private static final Instant RAISED = Instant.parse("2026-03-02T09:00:00Z");

  private static RecommendedAction open() {
    return RecommendedAction.builder().description("SYNTHETIC action").build();
  }

  private static RecommendedAction closed(ActionStatus status) {
    return RecommendedAction.builder()
        .description("SYNTHETIC action")
        .status(status)
        .closedOn(LocalDate.of(2026, 3, 3))
        .build();
  }

  /**
   * A completed synthetic audit of category 1 escalated at {@link #RAISED}, with one open action.
   */
  private static ImmutableAudit audit() {
    return ImmutableAudit.copyOf(
        start(AuditStatus.COMPLETED)
            .completedOn(LocalDate.of(2026, 3, 2))
            .escalatedAt(RAISED)
            .build());
  }

  private static ImmutableAudit.Builder start(AuditStatus status) {
    return Audit.builder()
        .id(AuditId.of("SYN-1"))
        .caseId(CaseId.of("SYN-C1"))
        .auditor(PersonId.of("AUD1"))
        .frameworkId("synthetic")
        .frameworkVersion("1")
        .auditType("monthly")
        .status(status)
        .allocatedOn(LocalDate.of(2026, 2, 2))
        .escalationCategory(1)
        .addActions(open());
  }

  @Nested
  final class ClockStart {

    @Test
    void of_escalatedAtRecorded_countsFromIt() {
      Escalation e = Escalation.of(audit(), 1, HOURS_48, ENGLAND);

      assertThat(e.clockStart()).contains(RAISED);
      assertThat(e.isClockStartRecorded()).isTrue();
      assertThat(e.note()).isEmpty();
      assertThat(e.deadline()).contains(Deadline.at(Instant.parse("2026-03-04T09:00:00Z")));
    }

    @Test
    void of_escalatedAtMissing_countsFromTheStartOfTheCompletionDayInLondonAndSaysSo() {
      // 1 July 2026 is in British Summer Time: the day starts at 23:00 UTC the evening before.
      Audit audit =
          audit()
              .withEscalatedAt(java.util.Optional.empty())
              .withCompletedOn(LocalDate.of(2026, 7, 1));

      Escalation e = Escalation.of(audit, 1, HOURS_48, ENGLAND);

      assertThat(e.clockStart()).contains(Instant.parse("2026-06-30T23:00:00Z"));
      assertThat(e.isClockStartRecorded()).isFalse();
      assertThat(e.note())
          .contains("escalation time not recorded; counted from the completion day");
      assertThat(e.deadline()).contains(Deadline.at(Instant.parse("2026-07-02T23:00:00Z")));
    }

    @Test
    void of_neitherEscalatedNorCompleted_noClockStartNoDeadlineStillOpen() {
      Audit audit = start(AuditStatus.IN_PROGRESS).build();

      Escalation e = Escalation.of(audit, 1, HOURS_48, ENGLAND);

      assertThat(e.clockStart()).isEmpty();
      assertThat(e.deadline()).isEmpty();
      assertThat(e.note()).isEmpty();
      assertThat(e.isOpen()).isTrue();
      assertThat(e.isOverdue(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void of_workingDays_endOfTheTenthWorkingDay() {
      Escalation e = Escalation.of(audit(), 2, DAYS_10, ENGLAND);

      assertThat(e.deadline()).contains(Deadline.endOf(LocalDate.of(2026, 3, 16)));
    }
  }

  @Nested
  final class Tracking {

    @Test
    void of_policyNone_notTrackedOpenOrOverdue() {
      Escalation e = Escalation.of(audit(), 4, FollowUpPolicy.none(), ENGLAND);

      assertThat(e.isTracked()).isFalse();
      assertThat(e.isOpen()).isFalse();
      assertThat(e.deadline()).isEmpty();
      assertThat(e.note()).isEmpty();
      assertThat(e.isOverdue(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void track_withoutPolicy_openButNeverOverdue() {
      Escalation e = Escalation.withoutPolicy(audit(), 3);

      assertThat(e.isTracked()).isTrue();
      assertThat(e.followUp()).isEmpty();
      assertThat(e.isOpen()).isTrue();
      assertThat(e.deadline()).isEmpty();
      assertThat(e.isOverdue(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
    }
  }

  @Nested
  final class Open {

    @Test
    void of_actionOutstanding_open() {
      assertThat(Escalation.of(audit(), 1, HOURS_48, ENGLAND).isOpen()).isTrue();
    }

    @Test
    void of_noRecommendedAction_open() {
      Escalation e = Escalation.of(audit().withActions(), 1, HOURS_48, ENGLAND);

      assertThat(e.isOpen()).isTrue();
      assertThat(e.recommendsAction()).isFalse();
    }

    @Test
    void of_everyActionDoneOrCancelled_closed() {
      Audit audit = audit().withActions(closed(ActionStatus.DONE), closed(ActionStatus.CANCELLED));

      Escalation e = Escalation.of(audit, 1, HOURS_48, ENGLAND);

      assertThat(e.isOpen()).isFalse();
      assertThat(e.recommendsAction()).isTrue();
    }

    @Test
    void of_oneActionStillOpen_open() {
      Audit audit = audit().withActions(closed(ActionStatus.DONE), open());

      assertThat(Escalation.of(audit, 1, HOURS_48, ENGLAND).isOpen()).isTrue();
    }

    @Test
    void of_followUpCheckRecorded_closedEvenWithoutActions() {
      Audit audit = audit().withActions().withFollowedUpAt(Instant.parse("2026-03-03T10:00:00Z"));

      assertThat(Escalation.of(audit, 1, HOURS_48, ENGLAND).isOpen()).isFalse();
    }
  }

  @Nested
  final class Overdue {

    private final Escalation e = Escalation.of(audit(), 1, HOURS_48, ENGLAND);
    private final Instant due = Instant.parse("2026-03-04T09:00:00Z");

    @Test
    void isOverdue_beforeTheDueInstant_false() {
      assertThat(e.isOverdue(due.minusNanos(1))).isFalse();
    }

    @Test
    void isOverdue_exactlyTheDueInstant_true() {
      assertThat(e.isOverdue(due)).isTrue();
    }

    @Test
    void isOverdue_closedAfterTheDueInstant_false() {
      Escalation done =
          Escalation.of(audit().withActions(closed(ActionStatus.DONE)), 1, HOURS_48, ENGLAND);

      assertThat(done.isOverdue(due.plusSeconds(3600))).isFalse();
    }

    @Test
    void isOverdue_null_throws() {
      assertThatThrownBy(() -> e.isOverdue(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("now");
    }
  }

  @Nested
  final class Invalid {

    @Test
    void of_categoryBelowOne_throwsQuotingValue() {
      assertThatThrownBy(() -> Escalation.of(audit(), 0, HOURS_48, ENGLAND))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("escalation category must be 1 or more: 0");
      assertThatThrownBy(() -> Escalation.withoutPolicy(audit(), -2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("escalation category must be 1 or more: -2");
    }

    @Test
    void of_nullPerParameter_throwsNamingIt() {
      assertThatThrownBy(() -> Escalation.of(null, 1, HOURS_48, ENGLAND)).hasMessage("audit");
      assertThatThrownBy(() -> Escalation.of(audit(), 1, null, ENGLAND)).hasMessage("followUp");
      assertThatThrownBy(() -> Escalation.of(audit(), 1, HOURS_48, null)).hasMessage("calendar");
      assertThatThrownBy(() -> Escalation.withoutPolicy(null, 1)).hasMessage("audit");
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_sameInputs_equalWithEqualHashCodes() {
      Escalation a = Escalation.of(audit(), 1, HOURS_48, ENGLAND);
      Escalation b =
          Escalation.of(
              audit(),
              1,
              FollowUpPolicy.parse("48h"),
              WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES));

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void equals_differentPolicyCategoryOrState_notEqual() {
      Escalation a = Escalation.of(audit(), 1, HOURS_48, ENGLAND);

      assertThat(a).isNotEqualTo(Escalation.of(audit(), 1, DAYS_10, ENGLAND));
      assertThat(a).isNotEqualTo(Escalation.of(audit(), 2, HOURS_48, ENGLAND));
      assertThat(a)
          .isNotEqualTo(
              Escalation.of(audit().withActions(closed(ActionStatus.DONE)), 1, HOURS_48, ENGLAND));
      assertThat(a).isNotEqualTo(Escalation.withoutPolicy(audit(), 1));
      assertThat(a).isNotEqualTo(null);
    }

    @Test
    void toString_tracked_describesClockDeadlineAndState() {
      assertThat(Escalation.of(audit(), 1, HOURS_48, ENGLAND).toString())
          .isEqualTo(
              "Escalation[category 1, follow-up 48h, clock start 2026-03-02T09:00:00Z,"
                  + " due at 2026-03-04T09:00Z[Europe/London], open]");
      assertThat(
              Escalation.of(
                      audit().withEscalatedAt(java.util.Optional.empty()).withActions(),
                      1,
                      HOURS_48,
                      ENGLAND)
                  .toString())
          .isEqualTo(
              "Escalation[category 1, follow-up 48h, clock start 2026-03-02T00:00:00Z"
                  + " (escalation time not recorded; counted from the completion day),"
                  + " due at 2026-03-04T00:00Z[Europe/London], no recommended action, open]");
    }

    @Test
    void toString_notTracked_saysSo() {
      assertThat(Escalation.of(audit(), 4, FollowUpPolicy.none(), ENGLAND).toString())
          .isEqualTo("Escalation[category 4, follow-up none, not tracked]");
    }
  }
}
